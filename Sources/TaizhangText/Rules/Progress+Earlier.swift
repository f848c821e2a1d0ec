/// A rate compared by points with a rate stated earlier, not next to the points:
/// 全市规上工业增加值增长12.5%。我县增长15.23%,高于全市增速2.73个百分点. The points follow
/// a comparison word (高于, 低于, 快于 …) with no figure between; the rate compared is the
/// last rate before that word in its sentence; the other is a rate stated before it in
/// the paragraph or in the paragraph before. Only agreement is reported: which earlier
/// rate is meant is not known, so a mismatch proves nothing.
extension Progress {
    static let sameTerm = Lexicon(["同比", "环比"])
    static let pointsWord: [UInt32] = [0x767E, 0x5206, 0x70B9]   // 百分点
    static let shortComparators: [UInt32: Double] = [U.s("高"): 1, U.s("快"): 1, U.s("多"): 1, U.s("低"): -1, U.s("慢"): -1, U.s("少"): -1]

    /// `known`: the checks already made on the line; points they cover are theirs.
    static func earlierComparisons(_ line: LineText, hits: [QuantityHit], previous: LineText?, known: [ArithmeticCheck]) -> [ArithmeticCheck] {
        guard hits.count >= 2, line.contains(pointsWord), hits.contains(where: { $0.isPoints }) else { return [] }
        var checks = [ArithmeticCheck]()
        var earlierRates: [QuantityHit]? = nil
        for (index, points) in hits.enumerated() where points.isPoints && index >= 1 && !points.isApproximate {
            // The adjacent forms (高于全省(11%)8.9个百分点; …5个百分点(全市为90%)) are `comparisons`'.
            if hits[index - 1].isPercentSign && points.start - hits[index - 1].end <= 2 { continue }
            if index + 1 < hits.count, line[points.end] == U.lparen, hits[index + 1].isPercentSign { continue }
            // Points another rule read (由45.2%提高到47.5%,提高2.3个百分点) are left to it.
            let column = line.column(of: points.start)
            // (A total whose span runs over the points does not read them.)
            if known.contains(where: { $0.kind != "sum" && $0.column <= column && column < $0.column + $0.text.count }) { continue }
            let clause = Sentences.clauseStart(line, before: points.start)
            // 高于全市增速2.73个百分点, or 较全市平均水平高1.2个百分点 (比/较 … 高/低 right before).
            let short = shortComparators[line[points.start - 1]]
            let compared = short == nil ? nil : (clause..<points.start).first(where: { Ratios.compares(line, at: $0) })
            let word = compared ?? (clause..<points.start).first(where: { ahead.prefix(in: line.norm, at: $0) > 0 || behind.prefix(in: line.norm, at: $0) > 0 })
            // 同比提高3个百分点 / 较去年下降2个百分点: a change against the rate of the earlier
            // period, which must then be named as such (去年同期办结率为92%).
            let period = points.change != nil && (Sentences.contains(line, Ratios.baseWords, in: clause..<points.start)
                || Ratios.compares(line, in: clause..<points.start) || Sentences.contains(line, sameTerm, in: clause..<points.start))
            // 比一季度加快0.3个百分点: a named term and a verb of change compare too.
            let term = word == nil || compared != nil ? comparedTerm(line, in: clause..<points.start) : nil
            guard word != nil || period || term != nil, !line.contains(Progress.word, in: clause..<points.start) else { continue }
            let comparator = word ?? clause
            // (A span of years names the rate compared, 两年平均增速比…, and is no figure.)
            guard !hits[..<index].contains(where: { $0.start >= comparator && !QuantityHit.isExactly($0.measure, "年") }) else { continue }
            let sign: Double
            if compared != nil, let short { sign = short }
            else if let word { sign = behind.prefix(in: line.norm, at: word) > ahead.prefix(in: line.norm, at: word) ? -1 : 1 }
            else if points.change == nil, let term { sign = fallingVerbs.prefix(in: line.norm, at: term.upperBound) > 0 ? -1 : 1 }
            else { sign = points.change == "decrease" ? -1 : 1 }
            guard let rateIndex = hits[..<index].lastIndex(where: { $0.isPercentSign }),
                  !line.norm[hits[rateIndex].end..<comparator].contains(where: { Sentences.stops.contains($0) || $0 == U.semicolon }) else { continue }
            let rate = hits[rateIndex]
            if earlierRates == nil {
                earlierRates = previous.map { QuantityScanner.scan($0).filter { $0.isPercentSign && !$0.isApproximate } } ?? []
            }
            // The other rate: before the rate, in the paragraph before, or later in the sentence
            // (…高1.2个百分点,全市平均增长5.1%).
            let sentenceEnd = (points.end..<line.count).first(where: { Sentences.stops.contains(line[$0]) }) ?? line.count
            var others = (earlierRates ?? []) + hits[..<rateIndex].filter { $0.isPercentSign && !$0.isApproximate }
                + hits[(index + 1)...].filter { $0.isPercentSign && !$0.isApproximate && $0.start < sentenceEnd }
            if word == nil {
                let named = others.filter { $0.subject.contains("去年") || $0.subject.contains("上年") || $0.subject.contains("上月") || $0.subject.contains("上季度") }
                // 比一季度回落5.6个百分点 … 一季度同比增长18.3%: the period the comparison names.
                if let term {
                    others = named + ratesNaming(line, hits, term: term, own: clause..<points.end).filter { $0.start != rate.start }
                } else {
                    others = named
                }
            } else if let term {
                others += ratesNaming(line, hits, term: term, own: clause..<points.end).filter { $0.start != rate.start }
            }
            let decimals = max(points.number.decimals, rate.number.decimals)
            guard let other = others.last(where: { other in
                Sentences.agrees((rate.value - other.value) * sign, points.number.value, decimals: max(decimals, other.number.decimals))
            }) else { continue }
            let gap = (rate.value - other.value) * sign
            let statement = "points \(Sentences.format(rate.value))% − \(Sentences.format(other.value))% (stated elsewhere) = \(Sentences.format(gap)) vs stated \(Sentences.format(points.number.value))"
            checks.append(Ratios.make(line, "ratio", rate.start, points.end, statement, true))
        }
        return checks
    }
}
