/// Seventeenth pass (corpus-s): a money unit as an indicator's denominator.
///
/// 万元GDP用水量, 万元产值能耗: a money unit directly followed by a measure of output and by
/// what is used per unit of it names an intensity indicator; the unit's own magnitude is the
/// denominator and no figure was deleted. Near misses still reported: no use after the
/// output (实现万元产值。) and no output after the unit (收入为万元,).
extension MissingNumberSlots {
    static let outputs = Lexicon(["GDP", "产值", "增加值", "工业增加值", "生产总值"])
    static let usages = Lexicon([
        "用水量", "用水", "能耗", "耗能", "电耗", "水耗", "用电量", "用电", "用能", "排放", "碳排放", "二氧化碳", "综合能耗", "地耗",
    ])

    static func namesIntensity(_ line: LineText, _ index: Int, _ length: Int) -> Bool {
        let unitEnd = index + length
        guard line[unitEnd - 1] == U.s("元") else { return false }
        let output = outputs.prefix(in: line.norm, at: unitEnd)
        return output > 0 && usages.prefix(in: line.norm, at: unitEnd + output) > 0
    }
}
