/// Seventeenth pass (corpus-s): a blank that is a whole item of a list (…万元,xxx、xx集村).
///
/// Between two punctuation marks the run touches no Chinese, so `standalone` rejects it; but
/// beside the enumeration comma 、, whose neighbouring item is Chinese (or another blank run
/// and then Chinese), it stands where a name belongs. One letter stays out (x、y轴 names
/// axes), and so do Latin neighbours (XX、XXL are sizes).
extension PlaceholderRule {
    static func listItemBlank(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 2 else { return false }
        if line[end] == U.ideoComma, bounds(line, start - 1) { return chineseItem(line, from: end + 1, step: 1) }
        if line[start - 1] == U.ideoComma, bounds(line, end) { return chineseItem(line, from: start - 2, step: -1) }
        return false
    }

    /// A line's edge, a clause's punctuation or the enumeration comma.
    private static func bounds(_ line: LineText, _ index: Int) -> Bool {
        index < line.contentStart || index >= line.count || line.cls(index).contains(.clauseBreak) || line[index] == U.ideoComma
    }

    /// The neighbouring item, read away from the comma: an optional run of x, then a
    /// Chinese character that is no numeral.
    private static func chineseItem(_ line: LineText, from index: Int, step: Int) -> Bool {
        var position = index
        while position >= 0, position < line.count, line[position] == x || line[position] == bigX { position += step }
        guard position >= 0, position < line.count else { return false }
        return line.cls(position).contains(.ideograph) && !line.cls(position).contains(.cjkNumeral)
    }
}
