/// A collection's title may count its texts at its end, without brackets
/// (…工作总结模板汇总6篇, …范文五篇): a title-shaped line (a report word, no sentence
/// punctuation) ending in a number and 篇. 第6篇 is an ordinal and 篇6 a piece's heading.
extension BoilerplateRule {
    static func countedCollection(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 6, line[end - 1] == U.s("篇"), HeadingParser.parse(line) == nil else { return false }
        var cursor = end - 2
        while cursor > start, line.cls(cursor).contains(.digit) || line.cls(cursor).contains(.cjkNumeral) { cursor -= 1 }
        guard cursor < end - 2, cursor > start, line[cursor] != U.s("第"), line.cls(cursor).contains(.ideograph) else { return false }
        return TitleRepeats.isTitle(line)
    }

    /// Whether the numeral run ending right before `index` follows 第 (第6篇, 第一篇: an ordinal).
    static func ordinal(_ line: LineText, before index: Int) -> Bool {
        var cursor = index - 1
        while cursor > line.contentStart, line.cls(cursor).contains(.digit) || line.cls(cursor).contains(.cjkNumeral) { cursor -= 1 }
        return cursor < index - 1 && line[cursor] == U.s("第")
    }
}
