/// 播种面积76.8241万亩,比上年增0.6336万亩。其中:夏收32.1674万亩,比上年增0.4489万亩;秋收
/// 44.6567万亩,比上年增0.0847万亩: when the parts make the total and each of them, and the total,
/// states its change against the same earlier period, the changes must add up as the amounts
/// do (0.4489 + 0.0847 is 0.5336, not 0.6336: an error). Issue #14, corpus-o.
extension TotalParts {
    /// `check`: the consistent sum of the total at `index`, whose text ends at its last part.
    static func increments(_ line: LineText, _ hits: [QuantityHit], _ index: Int, _ check: ArithmeticCheck) -> ArithmeticCheck? {
        let total = hits[index]
        let end = total.start + check.text.unicodeScalars.count
        let parts = hits[(index + 1)...].filter { $0.end <= end && isPart($0, of: total) && $0.measure == total.measure }
        guard parts.count >= 2, let totalChange = change(line, of: total, in: hits, before: parts[0].start) else { return nil }
        // The parts read must be the ones that make the total (nothing else of its measure).
        guard Sentences.partsSum(parts, of: total).agrees else { return nil }
        var changes = [QuantityHit]()
        for (offset, part) in parts.enumerated() {
            let limit = offset + 1 < parts.count ? parts[offset + 1].start : part.end + 40
            guard let own = change(line, of: part, in: hits, before: limit) else { return nil }
            changes.append(own)
        }
        let (sum, tolerance, ok) = Sentences.partsSum(changes, of: totalChange)
        let statement = "change of the total \(Sentences.format(totalChange.value))\(totalChange.unit) \(ok ? "=" : "≠") "
            + Sentences.partsTerms(changes, of: totalChange, sum: sum)
            + " (changes of the parts; tolerance ±\(Sentences.format(tolerance)))"
        // Located on the total's change, where the parts' changes fail to arrive.
        return ArithmeticCheck(kind: "sum", text: line.string(totalChange.start..<totalChange.end), line: line.number,
                               column: line.column(of: totalChange.start), statement: statement, consistent: ok)
    }

    /// The change a figure states right after it (比上年增0.4489万亩): the first figure of its
    /// measure after it, before `limit`, a change against an earlier period named in its clause.
    private static func change(_ line: LineText, of figure: QuantityHit, in hits: [QuantityHit], before limit: Int) -> QuantityHit? {
        guard let next = hits.first(where: { $0.start >= figure.end && $0.measure == figure.measure && !$0.isPercent }),
              next.start < limit, next.change != nil, !next.isApproximate, next.start - figure.end <= 12 else { return nil }
        let clause = Sentences.clauseStart(line, before: next.start)..<next.start
        guard Ratios.compares(line, in: clause) || Sentences.contains(line, Ratios.baseWords, in: clause) else { return nil }
        return next
    }
}
