/// 开展文艺演出和广场舞比赛各25场,共50场 / 东村、西村、南村各建成1个服务点,共3个: a figure after
/// 各 is one per name of the list before it, so a total after it (共, 合计 …) is the count of
/// names times the figure. Names are set apart by 、 和 及 与 in the clause before 各.
/// Agreement only: the list may be counted differently (a name holding 和).
extension Arithmetic {
    static let each = U.s("各")

    static func eachTotals(_ line: LineText, _ hits: [QuantityHit], _ sentences: [Range<Int>]) -> [ArithmeticCheck] {
        guard hits.count >= 2, line.contains(scalar: each) else { return [] }
        var checks = [ArithmeticCheck]()
        for (index, share) in hits.enumerated() where share.start >= 3 && line[share.start - 1] == each
            && share.change == nil && !share.isPercent && !share.isApproximate {
            // The list's start, not the clause's: 、 ends a clause but not a list of names
            // (东村、西村各10户,共20户).
            let clause = Sentences.listStart(line, before: share.start - 1)
            var names = 1
            for position in clause..<(share.start - 1) where NamedLists.nameJoiners.contains(line[position]) { names += 1 }
            guard names >= 2, names <= 12 else { continue }
            let sentence = sentences[Sentences.sentence(of: share.start, in: sentences)]
            guard let total = hits[(index + 1)...].first(where: { $0.start < sentence.upperBound && $0.change == nil && !$0.isPercent
                && Ratios.compatible($0, share) && Sentences.contains(line, totalWords, in: Sentences.clauseStart(line, before: $0.start)..<$0.start) }),
                  !total.isApproximate else { continue }
            let product = Double(names) * share.normalized
            guard Sentences.agrees(product, total.normalized, decimals: total.number.decimals) else { continue }
            let statement = "total \(Sentences.format(total.value))\(total.unit) = \(names) × \(Sentences.format(share.normalized)) (各: one per name)"
            checks.append(make(line, "sum", clause, total.end, statement, true))
        }
        return checks
    }
}
