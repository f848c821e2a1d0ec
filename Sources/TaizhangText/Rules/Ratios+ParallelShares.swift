/// 第一产业对全县地区生产总值的贡献率为6.6%,…;第二产业对全县地区生产总值的贡献率为70.4%,…;第三
/// 产业对全县地区生产总值的贡献率为23%: rates whose clauses are word for word the same but for
/// one letter at one place (第一/第二/第三) are the rates of one noun over the values of one
/// attribute — the parallel clauses `shareSums` does not read (no 占/比重/分别, and one sentence
/// each). Three or more that add up to 100% within their rounding are shares of one whole:
/// reported as agreement only (a set of values may leave some out, so less is no error, and
/// two rates may make 100 by chance). Twenty-first pass (sumshapes).
extension Ratios {
    static func parallelShares(_ line: LineText, hits: [QuantityHit], known: [ArithmeticCheck]) -> [ArithmeticCheck] {
        guard hits.lazy.filter({ $0.isPercentSign }).prefix(3).count == 3 else { return [] }
        var checks = [ArithmeticCheck]()
        var run = [(rate: QuantityHit, clause: Range<Int>)](), place = -1
        for rate in hits where rate.isPercentSign {
            let clause = Sentences.clauseStart(line, before: rate.start)..<rate.start
            if let first = run.first, rate.change == nil, !rate.isApproximate,
               let at = oneLetterApart(line, first.clause, clause), run.count == 1 || at == place,
               !run.contains(where: { line[$0.clause.lowerBound + at] == line[clause.lowerBound + at] }) {
                run.append((rate, clause)); place = at
                continue
            }
            if let check = sharesOfOne(line, run.map(\.rate), known) { checks.append(check) }
            run = rate.change == nil && !rate.isApproximate ? [(rate, clause)] : []
        }
        if let check = sharesOfOne(line, run.map(\.rate), known) { checks.append(check) }
        return checks
    }

    /// The offset of the one letter in which two clauses of one length (four letters or more,
    /// ideographs only) differ; nil when they differ in none or more.
    static func oneLetterApart(_ line: LineText, _ a: Range<Int>, _ b: Range<Int>) -> Int? {
        guard a.count == b.count, a.count >= 4 else { return nil }
        var differing: Int? = nil
        for offset in 0..<a.count {
            guard line.cls(a.lowerBound + offset).contains(.ideograph), line.cls(b.lowerBound + offset).contains(.ideograph) else { return nil }
            if line[a.lowerBound + offset] != line[b.lowerBound + offset] {
                guard differing == nil else { return nil }
                differing = offset
            }
        }
        return differing
    }

    /// Three or more rates that make 100% within their rounding, not already read as shares.
    static func sharesOfOne(_ line: LineText, _ rates: [QuantityHit], _ known: [ArithmeticCheck]) -> ArithmeticCheck? {
        guard rates.count >= 3 else { return nil }
        let sum = rates.reduce(0) { $0 + $1.number.value }
        guard abs(sum - 100) <= Sentences.tolerance(ofRates: rates) else { return nil }
        let column = line.column(of: rates[0].start)
        guard !known.contains(where: { $0.line == line.number && $0.statement.hasPrefix("shares") && $0.column <= column && column < $0.column + $0.text.count })
        else { return nil }
        let statement = "shares " + rates.map { Sentences.format($0.number.value) + "%" }.joined(separator: " + ")
            + " = \(Sentences.format(sum))% (one whole: parallel clauses)"
        return make(line, "ratio", rates[0].start, rates[rates.count - 1].end, statement, true)
    }
}
