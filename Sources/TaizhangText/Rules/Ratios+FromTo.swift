/// 增长12%左右,由14646元提高到16403元: a growth rate followed (or preceded) in its
/// sentence by the two figures it comes from, 由/从 X … 到/至 Y. R = (Y − X) / X; a
/// decrease (下降, 减少) reads the same way with a negative rate. An approximate rate
/// (12%左右) is reported only when it agrees.
extension Ratios {
    static let fromWords = Lexicon(["由", "从"])
    static let toWords = Lexicon(["到", "至", "为"])

    static func fromTo(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>]) -> [ArithmeticCheck] {
        var checks = [ArithmeticCheck]()
        for percent in hits where percent.measure == "%" && percent.change != nil {
            let sentence = sentences[Sentences.sentence(of: percent.start, in: sentences)]
            let figures = hits.filter { sentence.contains($0.start) && !$0.isPercent && $0.change == nil && !$0.isApproximate }
            guard let from = figures.first(where: { Sentences.contains(line, fromWords, in: Sentences.clauseStart(line, before: $0.start)..<$0.start) }),
                  let to = figures.first(where: { $0.start > from.end && $0.measure == from.measure
                      && (from.end..<$0.start).contains { toWords.prefix(in: line.norm, at: $0) > 0 } }),
                  from.normalized > 0 else { continue }
            let rate = (to.normalized - from.normalized) / from.normalized * 100
            let stated = percent.value
            let ok = matches(rate, stated, decimals: percent.number.decimals) || matches(abs(rate), abs(stated), decimals: percent.number.decimals)
            if !ok && percent.isApproximate { continue }
            let statement = "growth (\(Sentences.format(to.normalized)) − \(Sentences.format(from.normalized)))/\(Sentences.format(from.normalized)) = \(String(format: "%.2f", rate))% vs stated \(Sentences.format(stated))%"
            let start = min(percent.start, from.start), end = max(percent.end, to.end)
            checks.append(make(line, "growth", start, end, statement, ok))
        }
        return checks
    }
}
