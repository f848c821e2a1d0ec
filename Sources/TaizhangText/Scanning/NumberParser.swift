/// A number read from a line: Arabic (with decimals and thousands separators) or a
/// Chinese numeral. A trailing magnitude of a Chinese numeral (三千, 十万) is split off
/// into `magnitude`, matching how Arabic text writes it (3千, 10万).
struct ParsedNumber {
    var value: Double
    var start: Int
    var end: Int
    var decimals: Int
    var isChinese: Bool
    var magnitude: Double = 1
    var magnitudeText: String = ""
}

enum NumberParser {
    static func digitValue(_ scalar: UInt32) -> Int? {
        scalar >= 0x30 && scalar <= 0x39 ? Int(scalar - 0x30) : nil
    }

    /// Parses Arabic digits at `start` (which must be a digit not preceded by one).
    static func arabic(_ line: LineText, at start: Int) -> ParsedNumber? {
        var index = start, integer = 0.0, digits = 0
        while let d = digitValue(line[index]) { integer = integer * 10 + Double(d); index += 1; digits += 1 }
        guard digits > 0 else { return nil }
        // Thousands separators: "21,693" (exactly three digits after each comma).
        let groupable = digits <= 3
        while groupable, line[index] == U.comma,
              digitValue(line[index + 1]) != nil, digitValue(line[index + 2]) != nil,
              digitValue(line[index + 3]) != nil, digitValue(line[index + 4]) == nil {
            integer = integer * 1000 + Double(digitValue(line[index + 1])! * 100
                + digitValue(line[index + 2])! * 10 + digitValue(line[index + 3])!)
            index += 4
        }
        var decimals = 0, fraction = 0.0, scale = 1.0
        if line[index] == U.dot, digitValue(line[index + 1]) != nil {
            index += 1
            while let d = digitValue(line[index]) {
                scale /= 10; fraction += Double(d) * scale; decimals += 1; index += 1
            }
        }
        return ParsedNumber(value: integer + fraction, start: start, end: index, decimals: decimals, isChinese: false)
    }

    static let chineseDigits: [UInt32: Int] = {
        var map = [UInt32: Int]()
        for (value, chars) in ["零〇", "一壹", "二贰两", "三叁", "四肆", "五伍", "六陆", "七柒", "八捌", "九玖"].enumerated() {
            for scalar in chars.unicodeScalars { map[scalar.value] = value }
        }
        return map
    }()
    static let chineseUnits: [UInt32: Double] = [
        U.s("十"): 10, U.s("拾"): 10, U.s("百"): 100, U.s("佰"): 100, U.s("千"): 1000, U.s("仟"): 1000,
    ]
    static let bigUnits: [UInt32: Double] = [U.s("万"): 10_000, U.s("亿"): 100_000_000]
    static let magnitudes: Set<UInt32> = [U.s("万"), U.s("亿"), U.s("千")]

    /// Parses a well-formed Chinese numeral run at `start`; "五一", "三八" and other
    /// digit strings are rejected because they are names, not numbers.
    static func chinese(_ line: LineText, at start: Int) -> ParsedNumber? {
        var end = start
        while end < line.count, CharClass.of(line[end]).contains(.cjkNumeral) { end += 1 }
        guard end > start else { return nil }
        var magnitude = 1.0, magnitudeText = ""
        var valueEnd = end
        if magnitudes.contains(line[end - 1]) && end - start >= 2 {
            magnitude = line[end - 1] == U.s("万") ? 10_000 : (line[end - 1] == U.s("亿") ? 100_000_000 : 1000)
            magnitudeText = line.string((end - 1)..<end)
            valueEnd = end - 1
        } else if end - start == 1, magnitudes.contains(line[start]) {
            let mag = line[start] == U.s("万") ? 10_000.0 : (line[start] == U.s("亿") ? 100_000_000 : 1000)
            return ParsedNumber(value: 1, start: start, end: end, decimals: 0, isChinese: true,
                                magnitude: mag, magnitudeText: line.string(start..<end))
        }
        guard let value = evaluate(line.norm, start..<valueEnd) else { return nil }
        return ParsedNumber(value: value, start: start, end: end, decimals: 0, isChinese: true,
                            magnitude: magnitude, magnitudeText: magnitudeText)
    }

    static func evaluate(_ scalars: [UInt32], _ range: Range<Int>) -> Double? {
        var total = 0.0, section = 0.0
        var digit: Int? = nil
        var lastWasDigit = false, lastDigitWasZero = false
        var lastUnit = Double.infinity
        for index in range {
            let scalar = scalars[index]
            if let d = chineseDigits[scalar] {
                if lastWasDigit && !lastDigitWasZero { return nil }
                digit = d; lastWasDigit = true; lastDigitWasZero = d == 0
            } else if let unit = chineseUnits[scalar] {
                if unit >= lastUnit { return nil }
                section += Double(digit ?? 1) * unit
                digit = nil; lastWasDigit = false; lastUnit = unit
            } else if let big = bigUnits[scalar] {
                if big == 100_000_000 {
                    total = (total + section + Double(digit ?? 0)) * big
                    section = 0
                } else {
                    section = (section + Double(digit ?? 0)) * big
                }
                digit = nil; lastWasDigit = false; lastUnit = .infinity
            } else {
                return nil
            }
        }
        return total + section + Double(digit ?? 0)
    }
}
