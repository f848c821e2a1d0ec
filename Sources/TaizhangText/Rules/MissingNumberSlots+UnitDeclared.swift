/// Twenty-fifth pass (blanks19): a measure named as the unit of a table or a column.
extension MissingNumberSlots {
    /// 单位为万元, 单位是万元: 单位 and a copula right before the measure name the unit a table or a
    /// column counts in; no figure belongs there.
    static func unitDeclared(_ line: LineText, _ position: Int) -> Bool {
        let copula = line[position] == U.s("为") || line[position] == U.s("是")
        return copula && position >= 2 && line[position - 2] == U.s("单") && line[position - 1] == U.s("位")
    }
}
