/// Stated percentages versus the ratio of stated numbers (完成1380万元…任务3381万元…
/// 完成41%) and growth rates versus the values they compare (去年同期 → 今年).
enum Ratios {
    static let targetWords = Lexicon(["任务", "目标", "计划"])
    static let doneWords = Lexicon(["完成"])
    static let baseWords = Lexicon(["去年同期", "上年同期", "去年", "上年"])

    static func check(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>]) -> [ArithmeticCheck] {
        var checks = [ArithmeticCheck]()
        for (index, percent) in hits.enumerated() where percent.measure == "%" && !percent.isApproximate {
            let sentence = Sentences.sentence(of: percent.start, in: sentences)
            let window = sentences[max(0, sentence - 1)].lowerBound
            let earlier = hits[..<index].filter { $0.start >= window && !$0.isPercent && $0.normalized != 0 }
            if percent.change != nil {
                if let check = growth(line, percent, earlier) { checks.append(check) }
            } else if let check = share(line, percent, earlier) {
                checks.append(check)
            }
        }
        return checks
    }

    /// Rounded or truncated at the percentage's stated precision.
    static func matches(_ ratio: Double, _ stated: Double, decimals: Int) -> Bool {
        let scale = Sentences.pow10(decimals)
        return Sentences.agrees(ratio, stated, decimals: decimals) || abs((ratio * scale).rounded(.down) / scale - stated) < 1e-9
    }

    private static func share(_ line: LineText, _ percent: QuantityHit, _ earlier: [QuantityHit]) -> ArithmeticCheck? {
        let stated = percent.value
        for a in earlier {
            for b in earlier where b.start != a.start && b.measure == a.measure && b.normalized > a.normalized {
                let ratio = a.normalized / b.normalized * 100
                if matches(ratio, stated, decimals: percent.number.decimals) {
                    let statement = "ratio \(Sentences.format(a.normalized / a.number.magnitude))/\(Sentences.format(b.normalized / b.number.magnitude)) = \(String(format: "%.2f", ratio))% ≈ \(Sentences.format(stated))%"
                    return make(line, "ratio", min(a.start, b.start), percent.end, statement, true)
                }
            }
        }
        // A completion rate next to a done amount and a target: a mismatch is an error.
        guard Sentences.contains(line, doneWords, in: Sentences.clauseStart(line, before: percent.start)..<percent.start) else { return nil }
        let done = earlier.last { Sentences.contains(line, doneWords, in: Sentences.clauseStart(line, before: $0.start)..<$0.start) }
        let target = earlier.last { Sentences.contains(line, targetWords, in: Sentences.clauseStart(line, before: $0.start)..<$0.start) }
        guard let done, let target, done.measure == target.measure, done.start != target.start else { return nil }
        let ratio = done.normalized / target.normalized * 100
        let statement = "ratio \(Sentences.format(done.normalized / done.number.magnitude))/\(Sentences.format(target.normalized / target.number.magnitude)) = \(String(format: "%.2f", ratio))% vs stated \(Sentences.format(stated))%"
        return make(line, "ratio", min(done.start, target.start), percent.end, statement,
                    matches(ratio, stated, decimals: percent.number.decimals))
    }

    private static func growth(_ line: LineText, _ percent: QuantityHit, _ earlier: [QuantityHit]) -> ArithmeticCheck? {
        guard let base = earlier.last(where: { Sentences.contains(line, baseWords, in: Sentences.clauseStart(line, before: $0.start)..<$0.start) }),
              let current = earlier.last(where: { $0.start != base.start && $0.measure == base.measure }) else { return nil }
        let rate = (current.normalized - base.normalized) / base.normalized * 100
        let stated = percent.value
        let ok = matches(rate, stated, decimals: percent.number.decimals) || matches(-rate, -stated, decimals: percent.number.decimals)
        let statement = "growth (\(Sentences.format(current.normalized)) − \(Sentences.format(base.normalized)))/\(Sentences.format(base.normalized)) = \(String(format: "%.2f", rate))% vs stated \(Sentences.format(stated))%"
        return make(line, "growth", min(base.start, current.start), percent.end, statement, ok)
    }

    private static func make(_ line: LineText, _ kind: String, _ from: Int, _ to: Int, _ statement: String, _ ok: Bool) -> ArithmeticCheck {
        ArithmeticCheck(kind: kind, text: line.string(from..<to), line: line.number, column: line.column(of: from),
                        statement: statement, consistent: ok)
    }
}
