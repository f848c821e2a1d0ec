/// Shares stated as a fraction: 80个村已完成改造,占全镇120个村的三分之二 / 占总数的1/3 is
/// not read (a slash is a rate), but N分之M is: M/N of the whole. The part and the whole are
/// any two figures of the sentence (and the one before) whose ratio is the fraction within
/// half a percentage point; only agreement is reported (a fraction is a rounded share).
/// N成 (one numeral, 一 … 九 or 1 … 9, right before 成) is N/10 the same way: 解决率九成, 占六成
/// (ratioforms: the tenths of everyday speech). 成 after a word (完成, 建成) or after a longer
/// number is no share.
extension Ratios {
    static let fractionMark: [UInt32] = [0x5206, 0x4E4B]   // 分之
    static let tenthMark = U.s("成")

    static func fractions(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>]) -> [ArithmeticCheck] {
        guard hits.count >= 2 else { return [] }
        var checks = [ArithmeticCheck]()
        var from = 1
        let hasFraction = line.contains(fractionMark)
        while hasFraction, let at = line.firstIndex(of: fractionMark, in: from..<line.count) {
            from = at + fractionMark.count
            var start = at
            while start > 0, line.cls(start - 1).contains(.cjkNumeral) || line.cls(start - 1).contains(.digit) { start -= 1 }
            var end = at + fractionMark.count
            while end < line.count, line.cls(end).contains(.cjkNumeral) || line.cls(end).contains(.digit) { end += 1 }
            guard start < at, end > at + fractionMark.count,
                  let denominator = value(line, start..<at), let numerator = value(line, (at + fractionMark.count)..<end),
                  denominator >= 2, numerator >= 1, numerator < denominator else { continue }
            if let check = agreement(line, hits: hits, sentences: sentences, numerator: numerator, denominator: denominator, at: at, end: end) {
                checks.append(check)
            }
        }
        guard line.contains(scalar: tenthMark) else { return checks }
        for at in 1..<max(1, line.count) where line[at] == tenthMark {
            let numeral = at - 1
            guard line.cls(numeral).contains(.cjkNumeral) || line.cls(numeral).contains(.digit),
                  numeral == 0 || !(line.cls(numeral - 1).contains(.cjkNumeral) || line.cls(numeral - 1).contains(.digit) || line[numeral - 1] == U.s(".")),
                  let tenths = value(line, numeral..<at), tenths >= 1, tenths <= 9,
                  let check = agreement(line, hits: hits, sentences: sentences, numerator: tenths, denominator: 10, at: numeral, end: at + 1) else { continue }
            checks.append(check)
        }
        return checks
    }

    /// Two figures of the sentence (and the one before) whose ratio is numerator/denominator
    /// within half a percentage point, the later ones first.
    private static func agreement(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>], numerator: Double, denominator: Double, at: Int, end: Int) -> ArithmeticCheck? {
        let fraction = numerator / denominator
        let sentence = Sentences.sentence(of: at, in: sentences)
        let window = sentences[max(0, sentence - 1)].lowerBound..<sentences[sentence].upperBound
        let figures = hits.filter { window.contains($0.start) && !$0.isPercent && $0.change == nil && $0.normalized > 0 }
        for a in figures.reversed() {
            for b in figures.reversed() where b.start != a.start && compatibleOrCount(a, b) && b.normalized > a.normalized
                && abs(a.normalized / b.normalized - fraction) <= 0.005 {
                let statement = "ratio \(Sentences.format(a.normalized / a.number.magnitude))/\(Sentences.format(b.normalized / b.number.magnitude)) = \(String(format: "%.2f", a.normalized / b.normalized * 100))% ≈ \(Sentences.format(numerator))/\(Sentences.format(denominator))"
                return make(line, "ratio", min(a.start, b.start), max(a.end, b.end, end), statement, true)
            }
        }
        return nil
    }

    /// The value of a numeral written in Arabic digits or Chinese numerals (两 included).
    private static func value(_ line: LineText, _ range: Range<Int>) -> Double? {
        if range.count == 1, line[range.lowerBound] == U.s("两") { return 2 }
        if line.cls(range.lowerBound).contains(.digit) {
            var number = 0.0
            for index in range {
                guard let digit = NumberParser.digitValue(line[index]) else { return nil }
                number = number * 10 + Double(digit)
            }
            return number
        }
        return NumberParser.evaluate(line.norm, range)
    }
}
