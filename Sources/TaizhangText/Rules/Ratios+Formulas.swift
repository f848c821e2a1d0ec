import Foundation

/// The growth and share formulas, written once. The rules differ in where they find the
/// figures (before, after or around the rate, in the next sentence, in the paragraph
/// before); the arithmetic and the statement's wording are the same for all of them.
extension Ratios {
    /// R = (X − B) / B against the stated rate, either sign (a 下降 rate is stated positive).
    static func growthOverBase(_ current: QuantityHit, _ base: QuantityHit, _ percent: QuantityHit) -> (rate: Double, ok: Bool, formula: String) {
        let rate = (current.normalized - base.normalized) / base.normalized * 100
        let stated = percent.value, decimals = percent.number.decimals
        // 71.79万人,較上年增長0.4% over 71.50万人: both figures may stand for half a unit either way.
        let currentHalf = roundingHalf(current), baseHalf = roundingHalf(base)
        let spread = base.normalized - baseHalf > 0 && (currentHalf > 0 || baseHalf > 0)
        let low = spread ? (current.normalized - currentHalf - base.normalized - baseHalf) / (base.normalized + baseHalf) * 100 : nil
        let high = spread ? (current.normalized + currentHalf - base.normalized + baseHalf) / (base.normalized - baseHalf) * 100 : nil
        let ok = agrees(stated, decimals: decimals, rate: rate, low: low, high: high)
            || agrees(-stated, decimals: decimals, rate: -rate, low: high.map { -$0 }, high: low.map { -$0 })
        return (rate, ok, "(\(Sentences.format(current.normalized)) − \(Sentences.format(base.normalized)))/\(Sentences.format(base.normalized))")
    }

    /// R = D / (X ∓ D): the rate of increment D on current amount X (X − D is the base; X + D
    /// for a decrease), or R = D / X when X is itself the base (`currentIsBase`). Nil without
    /// a positive base.
    static func growthOfIncrement(_ delta: QuantityHit, over current: QuantityHit, _ percent: QuantityHit,
                                  currentIsBase: Bool = false) -> (rate: Double, ok: Bool, formula: String)? {
        let d = abs(delta.normalized), x = current.normalized
        let base = currentIsBase ? x : (delta.change == "decrease" ? x + d : x - d)
        guard base > 0 else { return nil }
        let rate = d / base * 100
        let formula = currentIsBase
            ? "\(Sentences.format(d))/\(Sentences.format(x))"
            : "\(Sentences.format(d))/(\(Sentences.format(x)) \(delta.change == "decrease" ? "+" : "−") \(Sentences.format(d)))"
        return (rate, matches(rate, percent.number.value, decimals: percent.number.decimals)
                    || withinIncrementRounding(d, base: base, currentIsBase: currentIsBase, delta, percent), formula)
    }

    /// An increment is the difference of two measured amounts, written to the amount's unit
    /// (其他收入9.7亿元,同比增长1.9%,增收0.2亿元: 0.2 stands for 0.15–0.25, a rate of 1.6–2.7 %).
    /// The rate agrees when some increment within half a unit of the increment's last digit gives
    /// it — the stated rounding of the figures, not a wider tolerance (series zc, session 17).
    /// An exact count (增加2人) has no such half and is judged as written.
    static func withinIncrementRounding(_ d: Double, base: Double, currentIsBase: Bool,
                                        _ delta: QuantityHit, _ percent: QuantityHit) -> Bool {
        let half = roundingHalf(delta, short: true)
        guard half > 0, d - half > 0 else { return false }
        // base = X − D (or X + D): moving D moves the base with it, unless X is the base.
        let shift = currentIsBase ? 0 : (delta.change == "decrease" ? 1.0 : -1.0)
        guard base + shift * half > 0 else { return false }
        func rate(_ dd: Double) -> Double { dd / (base + shift * (dd - d)) * 100 }
        return agrees(percent.number.value, decimals: percent.number.decimals, rate: rate(d), low: rate(d - half), high: rate(d + half))
    }

    /// "= 14.28% vs stated 14.3%", the end of every rate statement.
    static func versus(_ rate: Double, _ stated: Double) -> String {
        "= \(String(format: "%.2f", rate))% vs stated \(Sentences.format(stated))%"
    }

    /// The part of `whole` among the figures before the rate's `clause`: the one that gives
    /// the rate is reported; a mismatch is called only when there is one candidate (完成5亿元,
    /// 其中工业3亿元,占任务10亿元的50%: the total or its part). A figure in a clause that opens
    /// with 占 is the whole of an earlier share, not a part: 完成32.12亿元,占计划55亿元的58.4%,
    /// 占省计划50.2亿元的61.77% has one part for both rates (eighteenth pass, corpus-u).
    static func share(_ line: LineText, _ percent: QuantityHit, whole: QuantityHit, before: [QuantityHit],
                      clause: Int, to end: Int) -> ArithmeticCheck? {
        let candidates = before.filter { $0.end <= clause && $0.change == nil && !$0.isPercent && compatible($0, whole)
            && line[Sentences.clauseStart(line, before: $0.start)] != share }
        let agreeing = candidates.last { matches($0.normalized / whole.normalized * 100, percent.value, decimals: percent.number.decimals) }
        guard let part = agreeing ?? (candidates.count == 1 ? candidates.last : adjacentPart(line, candidates, clause: clause)) else { return nil }
        let ratio = part.normalized / whole.normalized * 100
        let ok = matches(part: part, whole: whole, percent)
        let statement = "ratio \(Sentences.format(part.normalized / part.number.magnitude))/\(Sentences.format(whole.normalized / whole.number.magnitude)) \(versus(ratio, percent.value))"
        // A part shared with an earlier share (…,占计划55亿元的58.4%,占省计划50.2亿元的61.77%): the
        // check stands on this rate's own clause, so it does not cover the earlier share.
        let chained = before.contains { $0.start > part.end && $0.end <= clause && line[Sentences.clauseStart(line, before: $0.start)] == share }
        return make(line, "ratio", chained ? clause : part.start, end, statement, ok)
    }

    /// 其中:稅收收入3511萬元,占…;非稅收入837萬元,占年初預算1600萬元的52.3%: of several
    /// candidates, the grammar names the part when it ends right before 占's clause with one
    /// comma between and its own clause holds no breakdown marker (完成5亿元,其中工业3亿元,
    /// 占任务10亿元的50% may be the total's share: 其中 makes the part a parenthesis).
    /// Eighteenth pass (wrongsum): a mismatch then becomes a flag, not silence.
    static func adjacentPart(_ line: LineText, _ candidates: [QuantityHit], clause: Int) -> QuantityHit? {
        guard let last = candidates.last, last.end + 1 == clause, line[clause - 1] == U.comma || isTypoStop(line, at: clause - 1),
              !last.isApproximate, line[clause] == share || line.matches([U.s("完"), U.s("成")], at: clause) || line.matches([U.s("达"), U.s("到")], at: clause)
        else { return nil }
        let own = Sentences.clauseStart(line, before: last.start)..<last.start
        guard !Sentences.contains(line, TotalParts.markers, in: own) else { return nil }
        return last
    }
}
