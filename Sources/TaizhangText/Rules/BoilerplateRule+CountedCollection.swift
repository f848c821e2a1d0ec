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
}
