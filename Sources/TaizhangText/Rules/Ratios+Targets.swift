/// Rates of a whole told by their grammar rather than by 占:
/// - over-completion: 年度目标1亿元,完成1.2亿元,超额完成年度目标20% / 超计划20%: the
///   excess over the target, (done − target) / target;
/// - shares that split one whole: 其中一产占10.5%,二产占45.3%,三产占44.2% add up to 100%.
/// Only agreement is reported (the figures meant are found by search, not named).
extension Ratios {
    static let excessWords = Lexicon(["超额", "超出", "超过", "超"])
    static let shareNouns = Lexicon(["占比", "比重", "比例"])

    static func overTargets(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>]) -> [ArithmeticCheck] {
        guard line.contains(scalar: U.s("超")) else { return [] }
        var checks = [ArithmeticCheck]()
        for (index, percent) in hits.enumerated() where percent.isPercentSign && percent.change == nil && percent.number.value > 0 {
            let clause = Sentences.clauseStart(line, before: percent.start)
            // 超额完成年度目标20%: an excess word and a target in the rate's clause (超 may be the
            // rate's own qualifier: 超计划20% is read, 超20% alone is not).
            guard let excess = (clause..<percent.start).first(where: { excessWords.prefix(in: line.norm, at: $0) > 0 }),
                  Sentences.contains(line, targetWords, in: excess..<percent.start) else { continue }
            let sentence = Sentences.sentence(of: percent.start, in: sentences)
            let window = sentences[max(0, sentence - 1)].lowerBound
            let figures = hits[..<index].filter { $0.start >= window && !$0.isPercent && $0.change == nil && !$0.isApproximate && $0.normalized > 0 }
            search: for done in figures.reversed() {
                for target in figures.reversed() where target.start != done.start && compatible(done, target) && target.normalized < done.normalized {
                    let rate = (done.normalized - target.normalized) / target.normalized * 100
                    guard matches(rate, percent.number.value, decimals: percent.number.decimals) else { continue }
                    let statement = "ratio (\(Sentences.format(done.normalized)) − \(Sentences.format(target.normalized)))/\(Sentences.format(target.normalized)) = \(String(format: "%.2f", rate))% over the target vs stated \(Sentences.format(percent.number.value))%"
                    checks.append(make(line, "ratio", min(done.start, target.start), percent.end, statement, true))
                    break search
                }
            }
        }
        return checks
    }

    /// Shares in one sentence, each after 占 or 占比/比重/比例 in its clause, that add up to
    /// 100% within their rounding (two at least, consecutive rates of the sentence).
    static func shareSums(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>]) -> [ArithmeticCheck] {
        guard line.contains(scalar: share) || line.contains(scalar: U.s("比")),
              hits.lazy.filter({ $0.isPercentSign }).prefix(2).count == 2 else { return [] }
        var checks = [ArithmeticCheck]()
        for sentence in sentences {
            let rates = hits.filter { sentence.contains($0.start) && $0.isPercentSign }
            guard rates.count >= 2 else { continue }
            var run = [QuantityHit]()
            for rate in rates {
                let clause = Sentences.clauseStart(line, before: rate.start)..<rate.start
                // 分别占10%、50%和40%: a rate listed after a share (、 和 及 与 only between) is one too.
                let listed = run.last.map { last in
                    (last.end..<rate.start).allSatisfy { [U.ideoComma, U.s("和"), U.s("及"), U.s("与")].contains(line[$0]) } } ?? false
                let isShare = rate.change == nil && !rate.isApproximate
                    && (listed || Sentences.contains(line, shareWords, in: clause) || Sentences.contains(line, shareNouns, in: clause))
                if isShare { run.append(rate) } else { run.removeAll() }
                // The shares of one whole: a run of them adds up to 100% (a run past 100% drops
                // its first rate, which belonged to another whole).
                while run.count >= 2 {
                    let sum = run.reduce(0) { $0 + $1.number.value }
                    let tolerance = Sentences.tolerance(ofRates: run)
                    if abs(sum - 100) <= tolerance {
                        let shares: String = run.map { Sentences.format($0.number.value) + "%" }.joined(separator: " + ")
                        let statement = "shares \(shares) = \(Sentences.format(sum))% (one whole)"
                        checks.append(make(line, "ratio", run[0].start, rate.end, statement, true))
                        run.removeAll()
                    } else if sum > 100 + tolerance {
                        run.removeFirst()
                        continue
                    }
                    break
                }
            }
        }
        return checks
    }
}
