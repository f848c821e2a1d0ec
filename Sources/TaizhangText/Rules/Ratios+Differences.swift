/// Differences stated with both ends:
/// - 接诊12560人次,较去年同期的11000人次增加1560人次: X − B = D (B in a clause naming the
///   earlier period, D the change right after it, X the figure right before B);
/// - 覆盖率由45.2%提高到47.5%,提高2.3个百分点 / 参保率96%,比去年同期的93%提高3个百分点:
///   percentage points are the difference of the two rates.
/// Figures must sit next to each other (nothing of their measure between), so a mismatch
/// is an error of the text.
extension Ratios {
    static func differences(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>]) -> [ArithmeticCheck] {
        var checks = [ArithmeticCheck]()
        for index in hits.indices.dropFirst(2) {
            let delta = hits[index]
            guard delta.change != nil || delta.isPoints else { continue }
            // A figure in brackets after the current one is an aside (`isBracketedAside`).
            let base = hits[index - 1]
            let current = index >= 3 && isBracketedAside(line, hits[index - 2]) ? hits[index - 3] : hits[index - 2]
            let points = delta.isPoints
            guard base.change == nil, current.change == nil, !base.isApproximate, !current.isApproximate,
                  points ? base.isPercentSign && current.isPercentSign : base.measure == delta.measure && current.measure == delta.measure && !base.isPercent,
                  delta.start - base.end <= 8,
                  Sentences.sentence(of: current.start, in: sentences) == Sentences.sentence(of: delta.start, in: sentences) else { continue }
            // Which of the two is the earlier figure: 由/从 X 到 Y, or 比/较 (去年) B after X.
            let baseClause = Sentences.clauseStart(line, before: base.start)..<base.start
            let currentClause = Sentences.clauseStart(line, before: current.start)..<current.start
            let from: QuantityHit, to: QuantityHit
            if Sentences.contains(line, fromWords, in: currentClause), (current.end..<base.start).contains(where: { toWords.prefix(in: line.norm, at: $0) > 0 }) {
                (from, to) = (current, base)
            } else if compares(line, in: baseClause) || Sentences.contains(line, baseWords, in: baseClause) {
                (from, to) = (base, current)
            } else { continue }
            let change = to.normalized - from.normalized
            let stated = delta.change == "decrease" || (points && line.norm[base.end..<delta.start].contains { decreaseScalars.contains($0) })
                ? -abs(delta.normalized) : abs(delta.normalized)
            let decimals = max(delta.number.decimals, from.number.decimals, to.number.decimals)
            let scale = delta.number.magnitude
            let ok = Sentences.agrees(change / scale, stated / scale, decimals: decimals)
                || Sentences.agrees(change / scale, stated / scale, decimals: delta.number.decimals)
            let unit = points ? " points" : delta.unit
            let statement = "difference \(Sentences.format(to.normalized / scale)) − \(Sentences.format(from.normalized / scale)) = \(Sentences.format(change / scale))\(unit) vs stated \(Sentences.format(stated / scale))"
            checks.append(make(line, points ? "ratio" : "sum", current.start, delta.end, statement, ok))
        }
        return checks
    }

    /// Read through `compares` (at an index or in a range), which excepts the share nouns.
    static let comparedWords = Lexicon(["比", "较", "相比"])
    /// Letters after 比 that make it a noun of shares (比重, 比例, 比率, 比值), not a comparison.
    static let shareNounTails: ScalarSet = [U.s("重"), U.s("例"), U.s("率"), U.s("值")]

    /// A comparison word in the clause, 比 in the nouns 比重/比例/比率/比值/占比 excepted: in
    /// `比重分别为12.1%和32.6%,比上年同期提高0.7和1.2个百分点` the two rates are two shares listed
    /// side by side, not a base and the figure compared with it.
    /// Every reader of "compared with" asks here (比重 is a share in a base clause as much as
    /// in a difference: `比重为12.1%,增加3万元` names no base).
    static func compares(_ line: LineText, in range: Range<Int>) -> Bool {
        let end = min(range.upperBound, line.count)
        var index = max(range.lowerBound, 0)
        while index < end {
            index = comparedWords.nextCandidate(in: line.norm, from: index, to: end)
            guard index < end else { return false }
            if compares(line, at: index) { return true }
            index += 1
        }
        return false
    }

    /// A comparison word starts at `index` (the share nouns excepted, as above).
    static func compares(_ line: LineText, at index: Int) -> Bool {
        guard comparedWords.prefix(in: line.norm, at: index) > 0 else { return false }
        guard line[index] == U.s("比") else { return true }
        return !shareNounTails.contains(line[index + 1]) && line[index - 1] != U.s("占")
    }
    static let netWords = Lexicon(["净增长", "净增加", "净增", "净减少", "净减", "自然增长", "净流入", "净流出"])

    /// 出生1070人,死亡307人,净增长763人: a net change is the first figure less the second.
    /// Only agreement is reported (which two figures are meant is not always the two before).
    static func netChanges(_ line: LineText, hits: [QuantityHit]) -> [ArithmeticCheck] {
        var checks = [ArithmeticCheck]()
        for index in hits.indices.dropFirst(2) where hits[index].change != nil && !hits[index].isPercent {
            let net = hits[index], a = hits[index - 2], b = hits[index - 1]
            guard net.start >= 4, netWords.suffix(in: line.norm, endingAt: net.start) > 0 || netWords.suffix(in: line.norm, endingAt: net.start - 1) > 0,
                  a.change == nil, b.change == nil, a.measure == net.measure, b.measure == net.measure,
                  Sentences.agrees(abs(a.normalized - b.normalized) / net.number.magnitude, abs(net.normalized) / net.number.magnitude,
                                   decimals: net.number.decimals) else { continue }
            let statement = "difference \(Sentences.format(a.normalized)) − \(Sentences.format(b.normalized)) = \(Sentences.format(a.normalized - b.normalized)) = net \(Sentences.format(net.normalized))"
            checks.append(make(line, "sum", a.start, net.end, statement, true))
        }
        return checks
    }
    static let decreaseScalars: ScalarSet = [U.s("降"), U.s("减"), U.s("少"), U.s("低"), U.s("回")]
}
