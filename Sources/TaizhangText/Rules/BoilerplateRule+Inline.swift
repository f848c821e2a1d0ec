/// Residue inside a line of text, found by structure:
/// - empty link brackets ([] or 【】) glued to the text;
/// - a web address (www.…) that is not a government site's (a summary may cite its
///   own .gov.cn portal);
/// - a short line that is a title followed by the same title again, the second copy
///   shortened (庄桥街道2021年…工作思路 2021年…工作思路): the page's title and its alt text.
extension BoilerplateRule {
    static let www = [UInt32](literal: "www."), gov = [UInt32](literal: "gov")

    func inlineResidue(_ line: LineText, _ start: Int, _ end: Int) -> Hit? {
        // Empty brackets: only in a line that holds [ or 【 (LineText+Triggers).
        let empty: Int? = !line.mayContain(0x5B) && !line.mayContain(0x3010) ? nil : line.norm.withUnsafeBufferPointer { norm in
            var index = start
            while index + 1 < end {
                let s = norm[index]
                if s == 0x5B && norm[index + 1] == 0x5D || s == 0x3010 && norm[index + 1] == 0x3011 { return index }
                index += 1
            }
            return nil
        }
        if let index = empty {
            return Hit(kind: .boilerplate, severity: .warning, start: index, end: index + 2,
                       message: "网页残留:空链接括号", en: "Web residue: empty link brackets")
        }
        if line.mask.contains(.latin), let at = line.firstIndex(of: BoilerplateRule.www, in: start..<end) {
            var stop = at + 4
            while stop < end, line.cls(stop).contains(.latin) || line.cls(stop).contains(.digit) || line[stop] == U.dot || line[stop] == U.hyphen { stop += 1 }
            if stop - at > 7, !line.contains(BoilerplateRule.gov, in: at..<stop) {
                return Hit(kind: .boilerplate, severity: .warning, start: at, end: stop,
                           message: "正文中混入网址,应删除", en: "A web address inside the text: delete it")
            }
        }
        if let form = WebChrome.coverForms(line).first {
            return Hit(kind: .boilerplate, severity: .warning, start: form.lowerBound, end: form.upperBound,
                       message: "网页残留:模板封面的填写栏", en: "Web residue: the form fields of the template's cover")
        }
        return bracketedByline(line, start, end) ?? trailingNames(line, start, end)
    }

    /// Two space-separated parts, the second the tail (or head) of the first. Read on
    /// the raw text: the analysis form drops a space next to a digit (2021 上半年).
    /// The title pair may open a line whose text follows after another space.
    func doubledTitle(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        let raw = line.raw
        let isSpace = { (s: UInt32) in s == 0x20 || s == 0x3000 || s == 0x09 }
        var a = 0
        while a < raw.count, isSpace(raw[a]) { a += 1 }
        // The first part: 6 to 60 letters, no sentence punctuation, then a space.
        var b = a
        while b < raw.count, b - a <= 60, !isSpace(raw[b]) {
            if raw[b] == 0x3002 || raw[b] == 0xFF0C || raw[b] == 0x2C { return false }
            b += 1
        }
        guard b < raw.count, b - a >= 6, isSpace(raw[b]) else { return false }
        var c = b
        while c < raw.count, isSpace(raw[c]) { c += 1 }
        var d = c
        while d < raw.count, !isSpace(raw[d]) { d += 1 }
        let first = raw[a..<b], tail = raw[c..<d]
        guard tail.count >= 6, tail.count <= first.count else { return false }
        return first.suffix(tail.count).elementsEqual(tail) || first.prefix(tail.count).elementsEqual(tail)
    }
}
