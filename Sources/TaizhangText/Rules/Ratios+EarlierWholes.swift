/// 税收收入36552万元,…,税收占财政总收入的比重为53.79%: the whole (67949万元) was stated in
/// an earlier paragraph. For a rate with decimals (so that agreement is no accident) that
/// no rule of its own paragraph explained, a part before it in its sentence and a whole
/// among the document's last figures that give the rate are reported as agreeing. A
/// mismatch is never called: which earlier figure is the whole is not known.
extension Ratios {
    static func earlierWholes(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>], memory: [QuantityHit],
                              checked: [ArithmeticCheck]) -> [ArithmeticCheck] {
        guard !memory.isEmpty else { return [] }
        var checks = [ArithmeticCheck]()
        for (index, percent) in hits.enumerated() where percent.measure == "%" && percent.change == nil && !percent.isApproximate {
            // A whole-number rate only when it names a target (完成全年任务的60%) and the
            // whole is a figure of a target (全年任务1000万元 earlier): agreement is then no accident.
            let ofTarget = percent.number.decimals == 0
                && Sentences.contains(line, targetWords, in: Sentences.clauseStart(line, before: percent.start)..<percent.start)
            guard percent.number.decimals >= 1 || ofTarget else { continue }
            let column = line.column(of: percent.start)
            if checked.contains(where: { $0.line == line.number && $0.column <= column && column < $0.column + $0.text.count }) { continue }
            let sentence = sentences[Sentences.sentence(of: percent.start, in: sentences)]
            let parts = hits[..<index].filter { $0.start >= sentence.lowerBound && !$0.isPercent && $0.change == nil && $0.normalized > 0 }
            search: for part in parts.reversed() {
                for whole in memory.reversed() where compatible(part, whole) && whole.normalized > part.normalized
                    && (!ofTarget || isTarget(whole)) {
                    let ratio = part.normalized / whole.normalized * 100
                    guard matches(ratio, percent.value, decimals: percent.number.decimals) else { continue }
                    let statement = "ratio \(Sentences.format(part.normalized / part.number.magnitude))/\(Sentences.format(whole.normalized / whole.number.magnitude)) (stated earlier) = \(String(format: "%.2f", ratio))% ≈ \(Sentences.format(percent.value))%"
                    checks.append(make(line, "ratio", part.start, percent.end, statement, true))
                    break search
                }
            }
        }
        return checks
    }

    /// A remembered figure whose subject names a plan or target (全年任务, 年度目标, 计划投资).
    static func isTarget(_ figure: QuantityHit) -> Bool {
        let subject = Array(figure.subject.unicodeScalars.map(\.value))
        return (0..<subject.count).contains { targetWords.prefix(in: subject, at: $0) > 0 }
    }
}
