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
    /// The magnitude's text (万, 千万, 亿 …: at most two scalars, see `magnitudeText`), held as
    /// its scalars (the first in the low half, 0 for none) rather than a String: a hit holding
    /// a String took an outlined copy and destroy (a second reference to retain and release)
    /// every time the rules copied it, ≈ 23 copies a figure (docs/benchmarks.md, cli16).
    private var magnitudeScalars: UInt64 = 0

    init(value: Double, start: Int, end: Int, decimals: Int, isChinese: Bool, magnitude: Double = 1, magnitudeText: String = "") {
        self.value = value; self.start = start; self.end = end; self.decimals = decimals; self.isChinese = isChinese
        self.magnitude = magnitude
        self.magnitudeText = magnitudeText
    }

    /// Every magnitude read is one or two scalars (a bare 万 or 千万, a trailing 万/亿/千, one
    /// of `QuantityScanner.latinMagnitudes`); a longer one would not fit and stops the check.
    var magnitudeText: String {
        get {
            guard magnitudeScalars != 0 else { return "" }
            var text = String.UnicodeScalarView()
            if let first = Unicode.Scalar(UInt32(truncatingIfNeeded: magnitudeScalars)) { text.append(first) }
            let second = UInt32(truncatingIfNeeded: magnitudeScalars >> 32)
            if second != 0, let scalar = Unicode.Scalar(second) { text.append(scalar) }
            return String(text)
        }
        set {
            var packed: UInt64 = 0, count = 0
            for scalar in newValue.unicodeScalars {
                precondition(count < 2 && scalar.value != 0, "a magnitude of more than two scalars")
                packed |= UInt64(scalar.value) << (32 * UInt64(count))
                count += 1
            }
            magnitudeScalars = packed
        }
    }
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
        // PDF and typeset text group with a space: "56 673", "75 579".
        while groupable, line[index] == 0x20, line.cls(index - 1).contains(.digit),
              digitValue(line[index + 1]) != nil, digitValue(line[index + 2]) != nil,
              digitValue(line[index + 3]) != nil, digitValue(line[index + 4]) == nil, line[index + 4] != U.dot {
            integer = integer * 1000 + Double(digitValue(line[index + 1])! * 100
                + digitValue(line[index + 2])! * 10 + digitValue(line[index + 3])!)
            index += 4
        }
        while groupable, line[index] == U.comma,
              digitValue(line[index + 1]) != nil, digitValue(line[index + 2]) != nil,
              digitValue(line[index + 3]) != nil, digitValue(line[index + 4]) == nil {
            integer = integer * 1000 + Double(digitValue(line[index + 1])! * 100
                + digitValue(line[index + 2])! * 10 + digitValue(line[index + 3])!)
            index += 4
        }
        var decimals = 0, fraction = 0.0, scale = 1.0
        if line[index] == U.dot && digitValue(line[index + 1]) != nil || stopAsDecimalPoint(line, index, digits: digits) {
            index += 1
            while let d = digitValue(line[index]) {
                scale /= 10; fraction += Double(d) * scale; decimals += 1; index += 1
            }
        }
        return ParsedNumber(value: integer + fraction, start: start, end: index, decimals: decimals, isChinese: false)
    }

    /// 90。5%: a decimal point typed (or converted) as the full stop. Read as a point only in
    /// the shape of a percentage — at most three digits, 。, one or two digits and %/‰ right
    /// after — because a sentence does not end on a bare figure and open on a bare percentage
    /// (…完成90。5月份… and 共计3。2023年… stay a stop and a new figure: no % after them).
    static func stopAsDecimalPoint(_ line: LineText, _ index: Int, digits: Int) -> Bool {
        guard line[index] == U.ideoStop, digits <= 3, digitValue(line[index + 1]) != nil else { return false }
        var end = index + 1
        while digitValue(line[end]) != nil { end += 1 }
        return end - index - 1 <= 2 && (line[end] == U.percent || line[end] == U.permille)
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

    /// Same table as `chineseDigits`, as a switch: no hashing and no lazy static on the hot path.
    @inline(__always) static func chineseDigit(_ scalar: UInt32) -> Int? {
        switch scalar {
        case 0x96F6, 0x3007: return 0   // 零〇
        case 0x4E00, 0x58F9: return 1   // 一壹
        case 0x4E8C, 0x8D30, 0x4E24: return 2   // 二贰两
        case 0x4E09, 0x53C1: return 3   // 三叁
        case 0x56DB, 0x8086: return 4   // 四肆
        case 0x4E94, 0x4F0D: return 5   // 五伍
        case 0x516D, 0x9646: return 6   // 六陆
        case 0x4E03, 0x67D2: return 7   // 七柒
        case 0x516B, 0x634C: return 8   // 八捌
        case 0x4E5D, 0x7396: return 9   // 九玖
        default: return nil
        }
    }

    /// Same table as `chineseUnits`.
    @inline(__always) static func chineseUnit(_ scalar: UInt32) -> Double? {
        switch scalar {
        case 0x5341, 0x62FE: return 10      // 十拾
        case 0x767E, 0x4F70: return 100     // 百佰
        case 0x5343, 0x4EDF: return 1000    // 千仟
        default: return nil
        }
    }

    /// Same table as `bigUnits`.
    @inline(__always) static func bigUnit(_ scalar: UInt32) -> Double? {
        switch scalar {
        case 0x4E07: return 10_000          // 万
        case 0x4EBF: return 100_000_000     // 亿
        default: return nil
        }
    }

    /// Same set as `magnitudes` (万亿千).
    @inline(__always) static func isMagnitude(_ scalar: UInt32) -> Bool {
        scalar == 0x4E07 || scalar == 0x4EBF || scalar == 0x5343
    }

    /// Parses a well-formed Chinese numeral run at `start`; "五一", "三八" and other
    /// digit strings are rejected because they are names, not numbers.
    static func chinese(_ line: LineText, at start: Int) -> ParsedNumber? {
        var end = start
        while end < line.count, line.cls(end).contains(.cjkNumeral) { end += 1 }
        guard end > start else { return nil }
        var magnitude = 1.0, magnitudeText = ""
        var valueEnd = end
        if isMagnitude(line[end - 1]) && end - start >= 2, let section = lowerSection(line, start..<end) {
            return section
        }
        if isMagnitude(line[end - 1]) && end - start >= 2 {
            magnitude = line[end - 1] == U.s("万") ? 10_000 : (line[end - 1] == U.s("亿") ? 100_000_000 : 1000)
            magnitudeText = line.normString((end - 1)..<end)
            valueEnd = end - 1
        } else if end - start == 1, isMagnitude(line[start]) {
            let mag = line[start] == U.s("万") ? 10_000.0 : (line[start] == U.s("亿") ? 100_000_000 : 1000)
            return ParsedNumber(value: 1, start: start, end: end, decimals: 0, isChinese: true,
                                magnitude: mag, magnitudeText: line.normString(start..<end))
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
            if let d = chineseDigit(scalar) {
                if lastWasDigit && !lastDigitWasZero { return nil }
                digit = d; lastWasDigit = true; lastDigitWasZero = d == 0
            } else if scalar == 0x5EFF || scalar == 0x5345 {
                // 廿七項, 卅五.一% (numerals21 probe): 廿 and 卅 are the tens 二十 and 三十 in one
                // letter, as Taiwan and older texts write them; read as that digit and 十.
                if digit != nil || 10 >= lastUnit { return nil }
                section += scalar == 0x5EFF ? 20 : 30
                digit = nil; lastWasDigit = false; lastUnit = 10
            } else if let unit = chineseUnit(scalar) {
                if unit >= lastUnit { return nil }
                section += Double(digit ?? 1) * unit
                digit = nil; lastWasDigit = false; lastUnit = unit
            } else if let big = bigUnit(scalar) {
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
