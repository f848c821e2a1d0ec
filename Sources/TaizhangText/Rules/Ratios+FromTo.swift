/// 增长12%左右,由14646元提高到16403元: a growth rate followed (or preceded) in its
/// sentence by the two figures it comes from, 由/从 X … 到/至 Y. R = (Y − X) / X; a
/// decrease (下降, 减少) reads the same way with a negative rate. An approximate rate
/// (12%左右) is reported only when it agrees. The rate must sit right next to its pair
/// (at most a qualifier and 由 before it, or a comma and the change word after it), with
/// no figure and no ；between: in "同比增长33.3%；举办培训班由去年同期的5期减至3期" the
/// rate belongs to another indicator.
extension Ratios {
    static let fromWords = Lexicon(["由", "从"])
    static let toWords = Lexicon(["到", "至", "为"])

    static func fromTo(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>]) -> [ArithmeticCheck] {
        var checks = [ArithmeticCheck]()
        for percent in hits where percent.isPercentSign && percent.change != nil {
            let sentence = sentences[Sentences.sentence(of: percent.start, in: sentences)]
            let figures = hits.filter { sentence.contains($0.start) && !$0.isPercent && $0.change == nil && !$0.isApproximate }
            guard let from = figures.first(where: { Sentences.contains(line, fromWords, in: Sentences.clauseStart(line, before: $0.start)..<$0.start) }),
                  let to = figures.first(where: { $0.start > from.end && $0.measure == from.measure
                      && (from.end..<$0.start).contains { toWords.prefix(in: line.norm, at: $0) > 0 } }),
                  from.normalized > 0, adjacent(line, percent, from, to, hits) else { continue }
            let rate = (to.normalized - from.normalized) / from.normalized * 100
            let stated = percent.value
            let ok = matches(rate, stated, decimals: percent.number.decimals) || matches(abs(rate), abs(stated), decimals: percent.number.decimals)
            if !ok && percent.isApproximate { continue }
            let statement = "growth (\(Sentences.format(to.normalized)) − \(Sentences.format(from.normalized)))/\(Sentences.format(from.normalized)) \(versus(rate, stated))"
            let start = min(percent.start, from.start), end = max(percent.end, to.end)
            checks.append(make(line, "growth", start, end, statement, ok))
        }
        return checks
    }

    static func adjacent(_ line: LineText, _ percent: QuantityHit, _ from: QuantityHit, _ to: QuantityHit, _ hits: [QuantityHit]) -> Bool {
        let (gapStart, gapEnd) = percent.start < from.start ? (percent.end, from.start) : (to.end, percent.start)
        guard gapStart <= gapEnd, gapEnd - gapStart <= (percent.start < from.start ? 8 : 10) else { return false }
        let span = min(percent.start, from.start)..<max(percent.end, to.end)
        if line.norm[span].contains(where: { $0 == 0xFF1B || $0 == 0x3B || $0 == 0x3002 }) { return false }  // ；; 。
        return !hits.contains { h in h.start != percent.start && h.start != from.start && h.start != to.start && span.contains(h.start) }
    }
}
