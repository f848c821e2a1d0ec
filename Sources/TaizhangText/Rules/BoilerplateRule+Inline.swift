/// Residue inside a line of text, found by structure:
/// - empty link brackets ([] or 【】) glued to the text;
/// - a web address (www.…) that is not a government site's (a summary may cite its
///   own .gov.cn portal);
/// - a short line that is a title followed by the same title again, the second copy
///   shortened (庄桥街道2021年…工作思路 2021年…工作思路): the page's title and its alt text.
extension BoilerplateRule {
    static let www = [UInt32](literal: "www."), gov = [UInt32](literal: "gov")

    func inlineResidue(_ line: LineText, _ start: Int, _ end: Int) -> Hit? {
        if line.contains(scalar: U.lbracket) || line.contains(scalar: U.s("【")) {
            for index in start..<(end - 1) where line[index] == U.lbracket && line[index + 1] == U.rbracket
                || line[index] == U.s("【") && line[index + 1] == U.s("】") {
                return Hit(kind: .boilerplate, severity: .warning, start: index, end: index + 2,
                           message: "网页残留:空链接括号", en: "Web residue: empty link brackets")
            }
        }
        if line.mask.contains(.latin), let at = line.firstIndex(of: BoilerplateRule.www, in: start..<end) {
            var stop = at + 4
            while stop < end, line.cls(stop).contains(.latin) || line.cls(stop).contains(.digit) || line[stop] == U.dot || line[stop] == U.hyphen { stop += 1 }
            if stop - at > 7, !line.contains(BoilerplateRule.gov, in: at..<stop) {
                return Hit(kind: .boilerplate, severity: .warning, start: at, end: stop,
                           message: "正文中混入网址,应删除", en: "A web address inside the text: delete it")
            }
        }
        return nil
    }

    /// Two space-separated parts, the second the tail (or head) of the first. Read on
    /// the raw text: the analysis form drops a space next to a digit (2021 上半年).
    /// The title pair may open a line whose text follows after another space.
    func doubledTitle(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        let raw = line.raw
        guard raw.count >= 12, raw.contains(0x20) || raw.contains(0x3000) else { return false }
        let isSpace = { (s: UInt32) in s == 0x20 || s == 0x3000 || s == 0x09 }
        let parts = raw.split(maxSplits: 2, omittingEmptySubsequences: true, whereSeparator: isSpace)
        guard parts.count >= 2, parts[0].count >= 6, parts[0].count <= 60, parts[1].count >= 6, parts[1].count <= parts[0].count,
              !parts[0].contains(0x3002), !parts[0].contains(0xFF0C), !parts[0].contains(0x2C) else { return false }
        let first = Array(parts[0]), tail = Array(parts[1])
        return Array(first.suffix(tail.count)) == tail || Array(first.prefix(tail.count)) == tail
    }
}
