/// 同比增长25%,达到5000人次,去年同期为4000人次: a rate, the amount it reached right after
/// it (达到/达), then in the next clause the base its period names (去年同期, 上年 …; no ; or 。
/// between, the very next figure). Only agreement is reported: the figures after a rate may
/// be the next indicator's (flagging a mismatch here put a wrong flag on the test split, see
/// docs/checker.md, Ninth pass).
extension Ratios {
    static let reachedWords = Lexicon(["达到", "达"])

    static func reachedThenBase(_ line: LineText, _ percent: QuantityHit, _ later: [QuantityHit]) -> ArithmeticCheck? {
        guard later.count >= 2, line[percent.end] == U.comma else { return nil }
        let current = later[0], base = later[1]
        guard current.change == nil, base.change == nil, current.normalized > 0, base.normalized > 0,
              current.start - percent.end <= 4,
              current.prefixQualifier == "达" || reachedWords.suffix(in: line.norm, endingAt: current.start) > 0,
              base.start - current.end <= 16, compatible(current, base),
              !line.norm[current.end..<base.start].contains(where: { $0 == U.semicolon || $0 == U.ideoStop }),
              Sentences.contains(line, baseWords, in: Sentences.clauseStart(line, before: base.start)..<base.start)
        else { return nil }
        let g = growthOverBase(current, base, percent)
        guard g.ok else { return nil }
        return make(line, "growth", percent.start, base.end, "growth \(g.formula) \(versus(g.rate, percent.value)) (the amount and base after the rate)", true)
    }
}
