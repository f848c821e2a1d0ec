/// A rate and its complement in one sentence: 总体不合格率2.09%,合格率为97.91% — X率 and
/// 不X率 (未X率, 非X率) of the same whole add up to 100% within the rounding of both. The
/// rate noun is read before each figure (率, then at most three linking letters: 为 是 达
/// 到 了 and a colon); the two nouns must share their last two letters before 率, one of them
/// led by 不/未/非. A sum off 100% is an error whatever the figures describe.
extension Ratios {
    static let rateLetter = U.s("率")
    static let negations: ScalarSet = [U.s("不"), U.s("未"), U.s("非")]
    static let rateLinks: ScalarSet = [U.s("为"), U.s("是"), U.s("达"), U.s("到"), U.s("了"), U.colon, 0xFF1A]

    static func complements(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>]) -> [ArithmeticCheck] {
        guard hits.count >= 2, line.contains(scalar: rateLetter) else { return [] }
        let rates = hits.filter { $0.isPercentSign && $0.change == nil && !$0.isApproximate }
        guard rates.count >= 2 else { return [] }
        var checks = [ArithmeticCheck]()
        for (a, first) in rates.enumerated() {
            guard let r1 = ratePosition(line, before: first.start) else { continue }
            for second in rates[(a + 1)...] {
                guard Sentences.sentence(of: second.start, in: sentences) == Sentences.sentence(of: first.start, in: sentences) else { break }
                guard let r2 = ratePosition(line, before: second.start), complementary(line, r1, r2) || complementary(line, r2, r1) else { continue }
                let sum = first.number.value + second.number.value
                let tolerance = Sentences.tolerance(ofRates: [first, second])
                let ok = abs(sum - 100) <= tolerance
                let statement = "complement \(Sentences.format(first.number.value))% + \(Sentences.format(second.number.value))% = \(Sentences.format(sum))% vs 100% (tolerance ±\(Sentences.format(tolerance)))"
                checks.append(make(line, "ratio", first.start, second.end, statement, ok))
                break
            }
        }
        return checks
    }

    /// The position of 率 right before a figure (linking letters between), or nil.
    private static func ratePosition(_ line: LineText, before start: Int) -> Int? {
        var at = start - 1, links = 0
        while at >= 0, links <= 3, rateLinks.contains(line[at]) { at -= 1; links += 1 }
        return at >= 3 && line[at] == rateLetter ? at : nil
    }

    /// 不X率 at `negated` and X率 at `plain`: the two letters before each 率 agree and a
    /// negation leads the first.
    private static func complementary(_ line: LineText, _ negated: Int, _ plain: Int) -> Bool {
        guard negated >= 3, plain >= 2, negations.contains(line[negated - 3]) else { return false }
        return line[negated - 1] == line[plain - 1] && line[negated - 2] == line[plain - 2]
            && line.cls(plain - 1).contains(.ideograph) && !negations.contains(line[plain - 3])
    }
}
