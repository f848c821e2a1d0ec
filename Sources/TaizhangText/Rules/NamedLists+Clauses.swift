/// 四个区、县(市)…总体正常。其中:东兴市共受理838件,…;上思县…;防城区…;港口区…。: a count,
/// then 其中: and one clause per member, set apart by semicolons, each opening with its name.
/// Reported when there are as many clauses as the count (agreement only: the clauses may
/// also be about only some of them, or split one member's figures).
extension NamedLists {
    static func clauseCounts(_ line: LineText, hits: [QuantityHit]) -> [ArithmeticCheck] {
        guard line.contains(TotalParts.breakdownLead), line.contains(scalar: U.semicolon) else { return [] }
        let sentences = Sentences.ranges(line)
        var checks = [ArithmeticCheck]()
        for (index, count) in hits.enumerated() where count.number.magnitude == 1 && count.number.decimals == 0
            && count.number.value >= 2 && count.number.value <= 12 && !count.isApproximate && count.change == nil && !count.isPercent
            && (countMeasures.contains(count) || QuantityHit.isExactly(count.measure, "所")) {
            // 其中: opening the next sentence, no other figure between the count and it.
            let sentence = Sentences.sentence(of: count.start, in: sentences)
            guard sentence + 1 < sentences.count else { continue }
            let next = sentences[sentence + 1]
            guard line.matches(TotalParts.breakdownLead, at: next.lowerBound), line[next.lowerBound + 2] == U.colon,
                  !hits[(index + 1)...].contains(where: { $0.start < next.lowerBound }) else { continue }
            var clauses = 0, start = next.lowerBound + 3, letters = true
            for position in start...next.upperBound where position == next.upperBound || line[position] == U.semicolon
                || Sentences.stops.contains(line[position]) {
                // Each clause opens with a name (two letters at least).
                if position - start < 2 || !line.cls(start).contains(.ideograph) || !line.cls(start + 1).contains(.ideograph) { letters = false }
                clauses += 1
                start = position + 1
                if position < next.upperBound, Sentences.stops.contains(line[position]) { break }
            }
            guard letters, clauses == Int(count.number.value) else { continue }
            let n = clauses
            checks.append(ArithmeticCheck(kind: "sum", text: line.string(count.start..<(next.lowerBound + 3)), line: line.number,
                                          column: line.column(of: count.start),
                                          statement: "count check: \(n) announced, \(n) clauses after 其中:", consistent: true))
        }
        return checks
    }
}
