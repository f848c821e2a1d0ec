/// Sixteenth pass (corpus-r): what follows a document site's summary label.
///
/// After 文档简介 / 内容简介 alone on its line, the next paragraph is the site's summary of
/// the page — unless it opens with the document's own title glued to its first heading
/// (…工作总结一、引言, …工作报告(一)…): a document site's preview starts the document itself
/// there, title first, and the heading is the outline's. A site's summary is prose about the
/// page (本文…, 小编…); it never glues a first outline marker to a report's name.
extension BoilerplateRule {
    /// A punctuation-free name ending in a report word (`TitleRepeats.titleWords`), then the
    /// first marker of an outline (一、 or (一), number one) right after it.
    static func opensWithTitledHeading(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        let words = TitleRepeats.titleWords
        var index = start
        let limit = min(end, start + 40)
        while index < limit, words.prefix(in: line.norm, at: index) == 0 {
            // A title carries no clause or sentence punctuation before its report word.
            if line.cls(index).contains(.clauseBreak) || line.cls(index).contains(.sentenceEnd) { return false }
            index += 1
        }
        // Something must name the unit before the report word (…司法所工作总结).
        guard index < limit, index - start >= 2 else { return false }
        var markerAt = index
        while markerAt < end, case let length = words.prefix(in: line.norm, at: markerAt), length > 0 { markerAt += length }
        guard markerAt < end, let heading = HeadingParser.parse(line, at: markerAt) else { return false }
        guard heading.number == 1, heading.style == .cjk || heading.style == .cjkParen else { return false }
        // 一、二两部分: numerals in a row are a list of parts named in prose, not a heading.
        var after = heading.markerEnd
        while after < end, line.cls(after).contains(.space) { after += 1 }
        return after < end && !line.cls(after).contains(.cjkNumeral) && !line.cls(after).contains(.digit)
    }
}
