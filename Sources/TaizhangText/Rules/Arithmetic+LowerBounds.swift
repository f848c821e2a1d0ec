/// 完成财政总收入4000余万元,占年初预算10065万元的43.2% / 市民工单3000余件,较上期减少41件,环比
/// 下降1.11%: a figure stated as a lower bound (余 多 以上 超 逾 …) is no exact amount, so a rate
/// computed from it cannot contradict the stated one (4000余 may be 4348: 43.2%). Such a flag
/// is dropped; the rate rules keep reading exact figures (sumforms: the metamorphic probe's
/// totals written as 余 were read as consistent sums and flagged as rates).
extension Arithmetic {
    static func droppingLowerBoundRates(_ checks: [ArithmeticCheck], _ line: LineText, _ hits: [QuantityHit]) -> [ArithmeticCheck] {
        // Runs on every line: the flags are asked for first (most lines have none), the bounds then.
        guard checks.contains(where: { !$0.consistent && ($0.kind == "ratio" || $0.kind == "growth") }) else { return checks }
        let bounds = hits.filter(isLowerBound)
        guard !bounds.isEmpty else { return checks }
        let columns = bounds.map { line.column(of: $0.start) }
        return checks.filter { check in
            check.consistent || check.kind != "ratio" && check.kind != "growth" || check.line != line.number
                || !columns.contains { check.column <= $0 && $0 < check.column + check.text.count }
        }
    }
}
