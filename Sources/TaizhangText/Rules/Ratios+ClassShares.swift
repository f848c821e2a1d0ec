/// 受理的诉求中,咨询类占45%,投诉类占38%,建议类占25%: shares of classes (labels ending in 类,
/// each followed by 占 or 占比 and the rate) in one sentence are shares of one classification,
/// and classes of one classification do not overlap (the cue `TotalParts.plainlyExceeded`
/// takes for counts) — together they cannot pass 100%. Shares under 100% are left alone
/// (classes not listed). Eighteenth pass (wrongsum); errprobe's open form W43.
extension Ratios {
    static func classShares(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>]) -> [ArithmeticCheck] {
        guard line.contains(scalar: U.s("类")), line.contains(scalar: share) else { return [] }
        /// The rate when its clause is a label ending in 类, then 占 (比, 比为 …) and the rate.
        func classRate(_ rate: QuantityHit) -> Bool {
            let clause = Sentences.clauseStart(line, before: rate.start)
            guard let zhan = (clause..<rate.start).first(where: { line[$0] == share }), zhan >= clause + 2,
                  line[zhan - 1] == U.s("类"), (clause..<zhan).allSatisfy({ line.cls($0).contains(.ideograph) }) else { return false }
            let words = Array(line.norm[(zhan + 1)..<rate.start])
            return words.isEmpty || words.first == U.s("比") && words.count <= 2
        }
        let rates = hits.filter { $0.isPercentSign && $0.change == nil && !$0.isApproximate && classRate($0) }
        var checks = [ArithmeticCheck]()
        for sentence in sentences {
            let inside = rates.filter { sentence.contains($0.start) }
            guard inside.count >= 2 else { continue }
            let sum = inside.reduce(0) { $0 + $1.number.value }
            let tolerance = Sentences.tolerance(ofRates: inside)
            guard sum > 100 + tolerance else { continue }
            let statement = "shares of classes " + inside.map { Sentences.format($0.number.value) + "%" }.joined(separator: " + ")
                + " = \(Sentences.format(sum))% > 100% (classes of one classification do not overlap; tolerance ±\(Sentences.format(tolerance)))"
            checks.append(make(line, "ratio", Sentences.clauseStart(line, before: inside[0].start), inside.last!.end, statement, false))
        }
        return checks
    }
}
