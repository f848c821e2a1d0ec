/// Stock-and-flow balances of case work (courts, petitions, service centres, hotlines, dispute
/// mediation) and inspections, read by the ROLE word each figure carries in its clause:
///
///     旧存194件 + 新收3964件 = 已结2580件 + 未结1578件        (carried + new = closed + pending)
///     受理1458.6万件 = 结案888.7万件 + 未结569.9万件          (received = closed + pending)
///     综合结案率62.05% = 2580 / (194 + 3964)                (a rate over a derived whole)
///     抽检120批次 = 合格117批次 + 不合格3批次, 合格率97.5% = 117 / 120
///
/// A run of figures of one measure in one sentence, each after a role word of its own clause
/// (`BalanceRole`), is one statement; a role met again opens the next run (受理刑事案件68件,结案38件,
/// …;受理民商事案件925件…). Only the grammar of the roles decides, never the place or the trade.
///
/// Precision (a false flag costs trust): a balance is flagged only with all four roles stated;
/// a named rate (结案率, 办结率, 化解率, 合格率 — the closed word itself + 率, no modifier such as
/// 按期/当场 that names another numerator) only when the whole it is over is derivable from
/// stated roles (carried and new, or passed and failed) and no reading of it agrees. A run
/// holding an approximate figure, or a received total only (受理 may mean new or carried +
/// new), is read for agreement only.
extension Arithmetic {
    static func balances(_ line: LineText, _ hits: [QuantityHit], _ sentences: [Range<Int>]) -> [ArithmeticCheck] {
        // Three figures at least, and a closed or passed word somewhere (结 办 解 合 格).
        guard hits.count >= 3, line.contains(scalar: U.s("结")) || line.contains(scalar: U.s("格")) || line.contains(scalar: U.s("解")) else { return [] }
        var checks = [ArithmeticCheck]()
        for run in BalanceRun.runs(line, hits, sentences) {
            checks.append(found: run.balance(line))
            checks.append(found: run.rates(line, hits))
        }
        return checks
    }
}
