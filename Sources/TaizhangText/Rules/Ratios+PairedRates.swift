/// A stated rate that no form reader pairs, paired by agreement alone where the structure makes
/// a chance agreement rare (thirtieth pass, pairratio24): 五岁以下儿童死亡9例,五岁以下儿童死亡率6.38‰
/// (9 over the 活产1411人 of the sentence before: 6.378‰), 其中全部合格档案为18171份,合格率为76.8%
/// (over 共有居民23662人 a sentence before), 共向上争取资金9.63亿元,占年度任务96.26% (over the
/// 目标任务10亿元 of the clause before, within the figures' rounding).
///
/// The cell was chosen on dev by a census with a null model (`PairRatioCensus` in the tests: every
/// rate's agreeing pairs, and the same figures asked for the rate scaled by 0.71…1.37, which only
/// a coincidence can pair). Accepted, because fake rates find a pair there about once per 65 real
/// agreements (1.5 %): the part stands in the rate's clause or the clause before it — the count
/// the rate is named after, right before it —, the whole stands before the part in the rate's
/// sentence or the one before, the rate is written with a decimal, and exactly one pair of values
/// in the paragraph agrees. Refused (coincidences 17 % to 200 % of real agreements): a part
/// further away, a whole further back, a whole rate (50 %, 100 %), several agreeing pairs.
/// The measures may differ (例 over 人, 份 over 人: deaths per live births, records per resident);
/// the decimals and the adjacency carry the precision. Agreement only: a rate that no pair gives
/// is not flagged here — which pair it was meant of is not known.
extension Ratios {
    /// The figures asked, nearest the rate first: a statistics bulletin's paragraph holds a hundred.
    static let pairedFigureCap = 40

    /// The rates no reader has read (no check of `read` covers them), each paired alone. Run last
    /// (`Arithmetic.finish`, after the readers of earlier lines): a pairing must never cover a rate
    /// that a reader of its grammar would read — those skip rates a check already spans.
    static func pairedRates(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>], read: [ArithmeticCheck]) -> [ArithmeticCheck] {
        var checks = [ArithmeticCheck]()
        // 分别占总数的94.44%和92.22%: the list pairs its rates in order (`respectiveShares`, read later
        // with the earlier lines); any other pair is an accident, as for `share`.
        for (index, stated) in hits.enumerated() where stated.isPercent && stated.change == nil && !stated.isApproximate
            && !inRespectiveList(line, stated) {
            let column = line.column(of: stated.start)
            guard !read.contains(where: { $0.line == line.number && $0.column <= column && column < $0.column + max($0.text.count, 1) }),
                  let check = pairedRate(line, hits, index, sentences: sentences) else { continue }
            checks.append(check)
        }
        return checks
    }

    static func pairedRate(_ line: LineText, _ hits: [QuantityHit], _ index: Int, sentences: [Range<Int>]) -> ArithmeticCheck? {
        let stated = hits[index]
        let percent = stated.isPercentSign ? stated : perMilleAsPercent(stated)
        // 6.38‰ and 76.8% carry a decimal; a whole rate (50%, 100%) is paired by chance too often.
        guard percent.number.decimals - (stated.isPercentSign ? 0 : 1) >= 1, percent.value <= 100 else { return nil }
        let figures = hits.filter { !$0.isPercent && $0.change == nil && $0.normalized > 0 }
            .sorted { abs($0.start - stated.start) < abs($1.start - stated.start) }.prefix(pairedFigureCap)
        var pair: (part: QuantityHit, whole: QuantityHit)?
        var values: (Double, Double)?
        for a in figures {
            for b in figures where b.start != a.start && b.normalized >= a.normalized && matches(part: a, whole: b, percent) {
                // A second pair of other values also gives the rate: which one it is of is not known.
                if let values, values != (a.normalized, b.normalized) { return nil }
                values = (a.normalized, b.normalized)
                if pair == nil || reach(a, b, stated) < reach(pair!.part, pair!.whole, stated) { pair = (a, b) }
            }
        }
        guard let (part, whole) = pair else { return nil }
        let clause = Sentences.clauseStart(line, before: stated.start)
        let previousClause = clause > 1 ? Sentences.clauseStart(line, before: clause - 1) : clause
        let sentence = Sentences.sentence(of: stated.start, in: sentences)
        guard part.start >= previousClause, part.end <= stated.start,
              whole.start >= sentences[max(0, sentence - 1)].lowerBound, whole.end <= part.start else { return nil }
        let ratio = part.normalized / whole.normalized * 100
        let statement = "ratio \(Sentences.format(part.normalized / part.number.magnitude))/\(Sentences.format(whole.normalized / whole.number.magnitude)) = \(written(ratio, stated)) ≈ \(Sentences.format(stated.value))\(stated.isPercentSign ? "%" : "‰") (paired)"
        return make(line, "ratio", whole.start, stated.end, statement, true)
    }

    /// The computed rate in the stated rate's own unit (6.378‰ for 死亡率6.38‰, not 0.638%).
    private static func written(_ ratio: Double, _ stated: QuantityHit) -> String {
        stated.isPercentSign ? String(format: "%.3f%%", ratio) : String(format: "%.3f‰", ratio * 10)
    }

    private static func reach(_ a: QuantityHit, _ b: QuantityHit, _ stated: QuantityHit) -> Int {
        max(abs(a.start - stated.start), abs(b.start - stated.start))
    }
}
