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
        guard line.contains(scalar: share) || line.contains(scalar: U.s("比")) || line.contains(scalar: U.s("别")),
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
                // 贡献率分别为3.3%、75.2%和21.5%: rates listed after 分别 are of the members of one set.
                let isShare = rate.change == nil && !rate.isApproximate
                    && (listed || Sentences.contains(line, shareWords, in: clause) || Sentences.contains(line, shareNouns, in: clause)
                        || Sentences.contains(line, respectiveWords, in: clause) && listFollows(line, rate, rates))
                // A rate of change between two shares (占比96.05%,同比下降15.6%;…占比2.45%) is the
                // share's own growth: it neither belongs to the whole nor ends the run.
                if isShare { run.append(rate) } else if rate.change != nil, !run.isEmpty { continue } else { run.removeAll() }
                guard isShare, run.count >= 2, let shares = oneWhole(run) else { continue }
                let sum = shares.reduce(0) { $0 + $1.number.value }
                let listedShares: String = shares.map { Sentences.format($0.number.value) + "%" }.joined(separator: " + ")
                let statement = "shares \(listedShares) = \(Sentences.format(sum))% (one whole)"
                checks.append(make(line, "ratio", shares[0].start, rate.end, statement, true))
                run.removeAll()
            }
        }
        return checks
    }

    static let respectiveWords = Lexicon(["分别为", "分别是", "分别占"])

    /// The rate opens a list of rates (、 和 及 与 up to the next one).
    private static func listFollows(_ line: LineText, _ rate: QuantityHit, _ rates: [QuantityHit]) -> Bool {
        guard let next = rates.first(where: { $0.start > rate.start }), next.start - rate.end <= 2 else { return false }
        return (rate.end..<next.start).allSatisfy { [U.ideoComma, U.s("和"), U.s("及"), U.s("与")].contains(line[$0]) }
    }

    /// The shares of one whole among a run ending at its last rate: a tail of the run adding up
    /// to 100% within its rounding, or such a tail less one rate no larger than the rate before
    /// it (占比96.05%,特别是…占比95.56%: a share within the previous share).
    private static func oneWhole(_ run: [QuantityHit]) -> [QuantityHit]? {
        func whole(_ shares: [QuantityHit]) -> Bool {
            shares.count >= 2 && abs(shares.reduce(0) { $0 + $1.number.value } - 100) <= Sentences.tolerance(ofRates: shares)
        }
        for start in 0..<(run.count - 1) {
            let tail = Array(run[start...])
            if whole(tail) { return tail }
            for inner in 1..<(tail.count - 1) where tail.count >= 3 && tail[inner].number.value <= tail[inner - 1].number.value {
                var shares = tail
                shares.remove(at: inner)
                if whole(shares) { return shares }
            }
        }
        return nil
    }
}
