/// 两 counting the pair right before it (issue #14, xsum22): 街道、社区两级人民调解委员会,
/// 合水、新宝两镇, 在县、镇两级调解. The heading parser reads no 两 (it is no outline marker), so
/// `numeralNouns` saw no count there and only 二 was read. A pair of single letters is no list
/// (`singleLetterNames` wants three), except levels: before 级 each member is an administrative
/// level letter (省 市 县 区 镇 乡 村), the first possibly after the clause's verb (在县).
extension NamedLists {
    /// The count of a numeral-noun list: the heading parser's run, or 两 alone.
    static func numeralNounRun(_ line: LineText, _ index: Int) -> (value: Int, end: Int)? {
        if line[index] == U.s("两") { return line.cls(index + 1).contains(.cjkNumeral) ? nil : (2, index + 1) }
        return HeadingParser.chineseRun(line, index)
    }

    /// 县、镇两级: two level letters, the first at the end of its item.
    static func levelPair(_ line: LineText, _ range: Range<Int>, noun: UInt32) -> [String]? {
        guard noun == U.s("级"), range.count >= 3, line[range.upperBound - 2] == U.ideoComma,
              adminNouns.contains(line[range.upperBound - 1]), adminNouns.contains(line[range.upperBound - 3]),
              !(range.lowerBound..<(range.upperBound - 2)).contains(where: { line[$0] == U.ideoComma }) else { return nil }
        return [line.string((range.upperBound - 3)..<(range.upperBound - 2)), line.string((range.upperBound - 1)..<range.upperBound)]
    }
}
