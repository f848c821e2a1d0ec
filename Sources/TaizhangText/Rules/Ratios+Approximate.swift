/// A share stated approximately: 占全年任务2000万元的60%以上, 的近66%, 的约65%.
/// Only the share's own structure is used (the part before 占, the whole after it), and
/// only agreement is reported, with the qualifier's meaning: 以上/超/逾/多 — at least the
/// rate; 不到/以下 — at most, 近 within 5 points below; 约/左右 — within one unit of its last digit.
extension Ratios {
    static let atLeast: Set<String> = ["以上", "超", "超过", "逾", "多", "余", "过"]
    static let atMost: Set<String> = ["近", "接近", "不到", "以下", "不足"]

    static func approximateShares(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>]) -> [ArithmeticCheck] {
        var checks = [ArithmeticCheck]()
        for (index, percent) in hits.enumerated() where percent.isPercentSign && percent.isApproximate && percent.change == nil {
            let sentence = sentences[Sentences.sentence(of: percent.start, in: sentences)]
            let before = hits[..<index].filter { $0.start >= sentence.lowerBound }
            let clause = Sentences.clauseStart(line, before: percent.start)
            guard let zhan = (clause..<percent.start).first(where: { shareWords.prefix(in: line.norm, at: $0) > 0 }),
                  let whole = before.last(where: { $0.start > zhan && $0.change == nil && !$0.isPercent }), whole.normalized > 0 else { continue }
            let candidates = before.filter { $0.end <= clause && $0.change == nil && !$0.isPercent && compatible($0, whole) }
            guard let qualifier = percent.qualifier, let part = candidates.last else { continue }
            let ratio = part.normalized / whole.normalized * 100
            let unit = Sentences.pow10(-percent.number.decimals)
            let ok: Bool
            if atLeast.contains(qualifier) { ok = ratio >= percent.value - 0.5 * unit }
            else if qualifier == "近" || qualifier == "接近" { ok = ratio <= percent.value + 0.5 * unit && ratio >= percent.value - 5 }
            else if atMost.contains(qualifier) { ok = ratio <= percent.value + 0.5 * unit }
            else { ok = abs(ratio - percent.value) <= unit }
            guard ok else { continue }
            let statement = "ratio \(Sentences.format(part.normalized / part.number.magnitude))/\(Sentences.format(whole.normalized / whole.number.magnitude)) = \(String(format: "%.2f", ratio))% agrees with “\(qualifier) \(Sentences.format(percent.value))%”"
            checks.append(make(line, "ratio", part.start, percent.end, statement, true))
        }
        return checks
    }
}
