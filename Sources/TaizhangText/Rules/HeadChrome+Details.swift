/// The document's own head lines that sit beside the page's chrome (issue #14, chrome17).
/// - A page sets the document's title right above its detail row (发布时间:…, 23602次查看,
///   2024-09-25 14:33): a line of eight letters or more held there, with no site name in it,
///   is that title — a site's name or column above the row is short, and the README keeps a
///   title standing once. A copy the document repeats further down stays `TitleRepeats`'.
/// - A post ending on 长 and a name after spaces (检察长   朱全胜) is a signature line.
extension HeadChrome {
    static func titleAboveDetails(_ held: [(line: Int, text: String, titleHalf: Bool, cell: Bool)], _ line: LineText, _ start: Int, _ end: Int) -> Bool {
        // One held line (a run of header cells is a table's); a short title reads as a cell too.
        guard held.count == 1, line.mask.contains(.digit) else { return false }
        // The row dates the page (2024-09-25 14:33) or counts its readers (23602次查看).
        guard WebChrome.siteDate(line, from: start, end) != nil
              || (start..<end).contains(where: { WebChrome.counterWords.prefix(in: line.norm, at: $0) > 0 }) else { return false }
        var letters = 0
        for scalar in held[0].text.unicodeScalars {
            let cls = CharClass.of(scalar.value)
            if cls.contains(.ideograph) || cls.contains(.latin) { letters += 1 }
            if scalar.value == site[0] { return false }
        }
        return letters >= 8
    }

    static func postAndName(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        // The name: two to four letters after the last run of spaces.
        var nameStart = end
        while nameStart > start, line.cls(nameStart - 1).contains(.ideograph) { nameStart -= 1 }
        guard end - nameStart >= 2, end - nameStart <= 4, nameStart > start, line.cls(nameStart - 1).contains(.space) else { return false }
        var postEnd = nameStart
        while postEnd > start, line.cls(postEnd - 1).contains(.space) { postEnd -= 1 }
        return postEnd - start >= 2 && line[postEnd - 1] == U.s("长")
    }
}

extension HeadChrome {
    /// A short line standing twice above the body (a page's title, then the document's own, with
    /// a detail row or a bundle marker between): by the corpus convention the last copy is the
    /// document's and the one above it the page's, whatever words the title holds (…与流程,
    /// …整体态势: no report word, so `TitleRepeats` does not take them). Guard: six letters or
    /// more, no sentence end, at most 40 letters, the same text exactly; a chrome line is never
    /// the document's copy.
    mutating func copyAbove(_ line: LineText, _ start: Int, _ end: Int, chrome: Bool) -> (line: Int, text: String)? {
        guard !chrome, end - start <= 40, !line.mask.contains(.sentenceEnd) else { return nil }
        // The raw scalars without the spaces around them, counted in place: no String is built
        // for a head line unless it meets its copy (cli: this ran on every short head line).
        let raw = line.raw
        var lower = 0, upper = raw.count
        while lower < upper, Self.isSpace(raw[lower]) { lower += 1 }
        while upper > lower, Self.isSpace(raw[upper - 1]) { upper -= 1 }
        var letters = 0
        for index in lower..<upper where CharClass.of(raw[index]).contains(.ideograph) || CharClass.of(raw[index]).contains(.latin) {
            letters += 1
        }
        // Every shown line holds six letters or more, so a line with fewer meets none of them.
        guard letters >= 6 else { return nil }
        let trimmed = raw[lower..<upper]
        if let index = shown.firstIndex(where: { $0.scalars.elementsEqual(trimmed) }) {
            let earlier = shown.remove(at: index)
            return (earlier.line, line.text)
        }
        shown.append((line.number, Array(trimmed)))
        if shown.count > 8 { shown.removeFirst() }
        return nil
    }

    @inline(__always) static func isSpace(_ value: UInt32) -> Bool {
        value < 0x80 ? (value == 0x20 || (value >= 0x09 && value <= 0x0D)) : Unicode.Scalar(value)?.properties.isWhitespace == true
    }
}
