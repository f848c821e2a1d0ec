/// Shares stated as a fraction: 80个村已完成改造,占全镇120个村的三分之二 / 占总数的1/3 is
/// not read (a slash is a rate), but N分之M is: M/N of the whole, and 百分之R (N = 100) is R%.
/// N成 (one numeral, 一 … 九 or 1 … 9, right before 成) is N/10 the same way: 解决率九成, 占六成
/// (ratioforms: the tenths of everyday speech). 成 after a word (完成, 建成) or after a longer
/// number is no share. Where the grammar names the part and the whole (占…, 完成…的, a
/// breakdown's part then 占: `namedSpokenShare`, twentieth pass) the rate is checked at its
/// rounding and a mismatch is flagged unless two figures nearby give the fraction; elsewhere
/// any two figures of the sentence (and the one before) whose ratio is the fraction within
/// half a percentage point are reported as agreement only.
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
            // 百分之九十五点五: a percentage in words keeps its decimals.
            let (tail, decimals) = denominator == 100 ? decimalTail(line, from: end) : (0.0, -1)
            if let check = spoken(line, hits: hits, sentences: sentences, numerator: numerator + tail, denominator: denominator,
                                  decimals: decimals, at: start, end: end + (decimals > 0 ? decimals + 1 : 0)) {
                checks.append(check)
            }
        }
        guard line.contains(scalar: tenthMark) else { return checks }
        for at in 1..<max(1, line.count) where line[at] == tenthMark {
            let numeral = at - 1
            guard line.cls(numeral).contains(.cjkNumeral) || line.cls(numeral).contains(.digit),
                  numeral == 0 || !(line.cls(numeral - 1).contains(.cjkNumeral) || line.cls(numeral - 1).contains(.digit) || line[numeral - 1] == U.s(".")),
                  // 九成九 is 99%, not 90% (twentieth pass): a numeral after 成 goes on the rate.
                  at + 1 >= line.count || !(line.cls(at + 1).contains(.cjkNumeral) || line.cls(at + 1).contains(.digit)),
                  let tenths = value(line, numeral..<at), tenths >= 1, tenths <= 9,
                  let check = spoken(line, hits: hits, sentences: sentences, numerator: tenths, denominator: 10, decimals: -1,
                                     at: numeral, end: at + 1) else { continue }
            checks.append(check)
        }
        return checks
    }

    /// The named share's check (`namedSpokenShare`) when it agrees or no two figures nearby give
    /// the fraction; else agreement with any two figures, else nothing.
    private static func spoken(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>], numerator: Double, denominator: Double,
                               decimals: Int, at: Int, end: Int) -> ArithmeticCheck? {
        let agreed = agreement(line, hits: hits, sentences: sentences, numerator: numerator, denominator: denominator, at: at, end: end)
        let rate = spokenRate(at..<end, percent: numerator / denominator * 100, decimals: decimals)
        guard let named = namedSpokenShare(line, hits: hits, sentences: sentences, rate: rate) else { return agreed }
        return named.consistent || agreed == nil ? named : agreed
    }

    /// The decimals after 点 (or .) at `from`, written in digits or numerals (百分之九十五点五),
    /// as their value and their count.
    private static func decimalTail(_ line: LineText, from: Int) -> (Double, Int) {
        guard from + 1 < line.count, line[from] == U.s("点") || line[from] == U.s(".") else { return (0, 0) }
        var sum = 0.0, count = 0, scale = 0.1
        while from + 1 + count < line.count, count < 4, let digit = value(line, (from + 1 + count)..<(from + 2 + count)), digit < 10 {
            sum += digit * scale; scale /= 10; count += 1
        }
        return (sum, count)
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
