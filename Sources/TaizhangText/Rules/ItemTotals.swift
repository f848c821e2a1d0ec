/// A total announced at the end of a line, broken down in the numbered lines after it:
///
///     计划财政资金1183万元,自筹现金10万元,计划到位情况为:
///     (1)中央财政资金计划投入850万元,资金实际到位850万元,…
///     (2)省级财政资金计划投入333万元,…
///
/// A line without the colon announces only a figure after a total word (共投入资金500万元。).
/// The first figure of each line after it (same measure; numbered or not) is a part; when the first parts
/// add up to a figure of the announcing line, that agreement is reported on it. Only
/// agreement: the items may break down only some of the figures the line names.
struct ItemTotals {
    private var candidates: [QuantityHit] = []
    private var line = 0
    private var text: LineText? = nil
    private var parts: [QuantityHit] = []
    private var sum = 0.0
    /// The first figure of each line of the current run of consecutive lines with figures
    /// (`trailing`: a total after them).
    private var run: [QuantityHit] = []
    private var runLine = 0

    mutating func observe(_ line: LineText, hits: [QuantityHit], into checks: inout [ArithmeticCheck]) {
        if runLine != line.number - 1 { run = [] }
        if let check = Self.trailing(line, hits: hits, run: run) { checks.append(check) }
        if let first = hits.first, !first.isPercent, first.change == nil, !first.isApproximate {
            run.append(first)
            if run.count > 12 { run.removeFirst() }
            runLine = line.number
        } else { run = [] }
        if let announcing = text {
            // Items after a colon need no number (其中:\n男党员25名;\n女党员35名。).
            if let part = hits.first(where: { $0.measure == candidates[0].measure && !$0.isPercent && $0.change == nil }),
               !part.isApproximate, parts.count < 12 {
                parts.append(part)
                sum += part.normalized
                if parts.count >= 2, let total = candidates.first(where: { abs($0.normalized - sum) <= Sentences.tolerance(total: $0, parts: parts) * $0.number.magnitude }) {
                    let statement = "total \(Sentences.format(total.value))\(total.unit) = "
                        + parts.map { Sentences.format($0.normalized / total.number.magnitude) }.joined(separator: " + ")
                        + " (the lines after it)"
                    checks.append(ArithmeticCheck(kind: "sum", text: announcing.string(total.start..<total.end), line: self.line,
                                                  column: announcing.column(of: total.start), statement: statement, consistent: true))
                    reset()
                } else if candidates.allSatisfy({ sum > $0.normalized * 1.0001 }) { reset() }
            } else {
                reset()
            }
        }
        let figures = hits.filter { !$0.isPercent && $0.change == nil && !$0.isApproximate && $0.normalized > 0 }
        if endsWithColon(line) {
            guard let first = figures.first else { return }
            candidates = figures.filter { $0.measure == first.measure }
        } else {
            // 共投入资金500万元。⏎1.道路建设300万元。⏎2.…: without a colon, only a figure that a
            // total word announces (共, 合计, 累计 …) is summed by the lines after it.
            let announced = figures.filter {
                let clause = Sentences.clauseStart(line, before: $0.start)..<$0.start
                return Sentences.contains(line, Arithmetic.totalWords, in: clause) || Sentences.contains(line, Arithmetic.runningTotalWords, in: clause)
            }
            guard let first = announced.last else { return }
            candidates = [first]
        }
        self.line = line.number
        text = line
    }

    private mutating func reset() {
        candidates = []; text = nil; parts = []; sum = 0
    }

    private func endsWithColon(_ line: LineText) -> Bool {
        var end = line.count
        while end > 0, line.cls(end - 1).contains(.space) { end -= 1 }
        return end > 0 && line[end - 1] == U.colon
    }
}
