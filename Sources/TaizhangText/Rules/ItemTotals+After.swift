/// A total on its own line after the lines it sums (tables and lists copied as lines):
///
///     道路建设300万元;
///     环境整治200万元;
///     合计500万元。
///
/// The first figure of each line of the run before it (same measure, no percentage or
/// change) is a part; a line that opens with 合计/共计/总计/累计/共 (after its number, if
/// any; 合计/共计/总计/累计 may stand later in the first clause) and whose first figure equals the sum of the last two or more parts reports that
/// agreement. Only agreement: the run may hold lines of other things.
extension ItemTotals {
    static let openers = Lexicon(["合计", "共计", "总计", "累计", "共"])

    static func trailing(_ line: LineText, hits: [QuantityHit], run: [QuantityHit]) -> ArithmeticCheck? {
        trailing(line, hits: hits, parts: run, place: "the lines before it")
    }

    /// 发放低保金86万元,发放特困供养金24万元。⏎以上合计110万元。: the same, with the last figures
    /// of the one line before as the parts (the longest run ending at its last figure).
    static func trailing(_ line: LineText, hits: [QuantityHit], lineBefore figures: [QuantityHit]) -> ArithmeticCheck? {
        guard figures.count >= 2, !figures.contains(where: \.isApproximate) else { return nil }
        return trailing(line, hits: hits, parts: figures, place: "the line before it")
    }

    private static func trailing(_ line: LineText, hits: [QuantityHit], parts run: [QuantityHit], place: String) -> ArithmeticCheck? {
        guard run.count >= 2, let total = hits.first, !total.isPercent, total.change == nil, !total.isApproximate else { return nil }
        var at = 0
        while at < total.start, !line.cls(at).contains(.ideograph) { at += 1 }
        // 以上合计500万元, 上述项目共计500万元: a two-letter total word may stand later in the
        // first clause (共 alone only at the start: 南村共120户 is one village's figure).
        guard at < total.start, openers.prefix(in: line.norm, at: at) > 0
                || Sentences.clauseStart(line, before: total.start) <= at
                && (at..<total.start).contains(where: { openers.prefix(in: line.norm, at: $0) >= 2 }) else { return nil }
        var sum = 0.0
        var parts = [QuantityHit]()
        for part in run.reversed() {
            guard sameKind(part.measure, total.measure) else { break }
            parts.insert(part, at: 0)
            sum += part.normalized
            if parts.count >= 2, abs(sum - total.normalized) <= Sentences.tolerance(total: total, parts: parts) * total.number.magnitude {
                let statement = "total \(Sentences.format(total.value))\(total.unit) = "
                    + parts.map { Sentences.format($0.normalized / total.number.magnitude) }.joined(separator: " + ")
                    + " (\(place))"
                return ArithmeticCheck(kind: "sum", text: line.string(total.start..<total.end), line: line.number,
                                       column: line.column(of: total.start), statement: statement, consistent: true)
            }
            if sum > total.normalized * 1.0001 { break }
        }
        return nil
    }
}
