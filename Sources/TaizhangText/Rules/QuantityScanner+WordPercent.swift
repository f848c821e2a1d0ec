/// Figures written in words where the scanner's grammar (number, then measure) does not hold
/// (metrics19):
/// - a share spelt out, the measure BEFORE the number: 百分之百, 百分之八十五, 百分之九十五点五,
///   千分之三, 百分之30 — Chinese writes a percentage in words as "hundred-part-of N", so the
///   number that follows 百分之 / 千分之 is the value in % / ‰ (入园率百分之百 → 100 %);
/// - a frequency after a week (每周两次, 每周三次): 周 before a numeral usually names a
///   weekday (周一, 周五例会), which the scanner skips; a numeral that is no weekday (两) or a
///   count of events after it (次, 遍, 趟, 轮) makes it a count per week. Weekdays stay out:
///   每周一上午, 周五例会, 每周三下午.
extension QuantityScanner {
    static let fenZhi = [UInt32](literal: "分之")
    private static let dian = U.s("点")

    /// The share at `start` (百 or 千 opening 百分之 / 千分之), or nil.
    static func percentInWords(_ line: LineText, at start: Int) -> QuantityHit? {
        let head = line[start]
        guard head == U.s("百") || head == U.s("千"), line.matches(fenZhi, at: start + 1) else { return nil }
        let first = start + 3
        var number: ParsedNumber
        if line.cls(first).contains(.digit) {
            guard let arabic = NumberParser.arabic(line, at: first) else { return nil }
            number = arabic
        } else {
            guard line.cls(first).contains(.cjkNumeral), let chinese = NumberParser.chinese(line, at: first), chinese.magnitude == 1 else { return nil }
            number = chinese
            // 百分之九十五点五: 点 and digits in words are the decimals.
            var end = number.end, scale = 1.0, decimals = 0
            if line[end] == dian, NumberParser.chineseDigit(line[end + 1]) != nil {
                end += 1
                while let digit = NumberParser.chineseDigit(line[end]) {
                    scale /= 10; number.value += Double(digit) * scale; decimals += 1; end += 1
                }
                number.end = end; number.decimals = decimals
            }
        }
        // The whole phrase is the figure: qualifiers before 百分之 attach to it (达百分之百).
        number.start = start
        number.magnitude = 1
        number.magnitudeText = ""
        let measure = head == U.s("百") ? "%" : "‰"
        return assemble(line, number: number, end: number.end, measure: measure, postQualifier: nil, rate: false)
    }

    /// True when the numeral at `start`, right after 周, counts something per week (每周两次)
    /// rather than naming a weekday (每周一上午, 周五例会).
    static func countsPerWeek(_ line: LineText, numeralAt start: Int) -> Bool {
        // 每周: every week, not the word 周 of a weekday (本周一, 下周三). (一周两次 has the shape of
        // the paired idioms, 一户一档, which `QuantityExclusions` keeps out: left unread.)
        guard line[start - 2] == U.s("每") else { return false }
        guard let number = NumberParser.chinese(line, at: start), number.magnitude == 1 else { return false }
        if line[start] == U.s("两") { return true }
        let next = line[number.end]
        return next == ci || next == U.s("遍") || next == U.s("趟") || next == U.s("轮")
    }
}
