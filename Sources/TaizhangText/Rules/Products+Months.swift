/// 上半年共办理案件120件,月均20件 / 每月办理20件: a monthly average times the months of the
/// period the paragraph names (1-n月 → n, 上半年 or 半年 → 6, 一季度 → 3, 前三季度 → 9,
/// 全年 → 12) is a total of its measure in the sentence or the one before. Only agreement is
/// reported: the months meant are read from the period's name, not stated.
extension Products {
    static func monthly(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>]) -> [ArithmeticCheck] {
        guard hits.count >= 2, line.contains(U.s("月"), followedBy: U.s("均")) || line.contains(U.s("每"), followedBy: U.s("月")) else { return [] }
        var checks = [ArithmeticCheck]()
        for rate in hits where !rate.isPercent && rate.change == nil && rate.normalized > 0 && !rate.isApproximate {
            guard perMeasure(line, rate) == "月" else { continue }
            let sentence = Sentences.sentence(of: rate.start, in: sentences)
            let window = sentences[max(0, sentence - 1)].lowerBound..<sentences[sentence].upperBound
            let figures = hits.filter { window.contains($0.start) && $0.start != rate.start && $0.change == nil && !$0.isPercent }
            // A count of months stated in the sentence is the other rule's.
            guard !figures.contains(where: { $0.measure == "个月" || $0.measure == "月" }), let months = months(line) else { continue }
            let product = Double(months) * rate.normalized
            guard let total = figures.first(where: { $0.measure == rate.measure && !$0.isApproximate
                && abs($0.normalized - product) <= 0.5 * Sentences.pow10(-$0.number.decimals) * $0.number.magnitude
                    + 0.5 * Sentences.pow10(-rate.number.decimals) * rate.number.magnitude * Double(months) + 1e-9 }) else { continue }
            let statement = "total \(Sentences.format(total.value))\(total.unit) = \(months) × \(Sentences.format(rate.normalized)) (a monthly average over \(months) months)"
            checks.append(Arithmetic.make(line, "sum", min(rate.start, total.start), max(rate.end, total.end), statement, true))
        }
        return checks
    }

    /// The months of the period the line names, or nil.
    static func months(_ line: LineText) -> Int? {
        var index = 0
        while index + 3 < line.count {
            if line[index] == U.s("1"), [U.hyphen, U.s("—"), U.tilde, U.s("至"), U.s("-")].contains(line[index + 1]),
               let month = NumberParser.digitValue(line[index + 2]) {
                var n = month, end = index + 3
                if let second = NumberParser.digitValue(line[end]) { n = n * 10 + second; end += 1 }
                if line[end] == U.s("月"), n >= 2, n <= 12 { return n }
            }
            index += 1
        }
        for (word, months) in periods where line.contains(word) { return months }
        return nil
    }

    static let periods: [([UInt32], Int)] = [("前三季度", 9), ("上半年", 6), ("半年", 6), ("一季度", 3), ("全年", 12)]
        .map { (Array($0.0.unicodeScalars.map(\.value)), $0.1) }
}
