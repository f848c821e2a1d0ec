/// Figures that cannot be right as written, usually a slip of the keyboard or of a PDF
/// conversion: a year glued into a percentage (20230%), a fraction of an indivisible
/// count (3.5人, 5.2023个工作日), doubled decimal marks (1。.06亿美元) and dates that do
/// not exist (15月, 2月30日). Reported as `arithmetic` errors.
enum ImpossibleValues {
    /// Things counted in whole units only.
    static let wholeUnits: Set<String> = ["人", "家", "场", "次", "项", "件", "名", "户", "所", "座", "台", "套", "个",
                                          "人次", "位", "辆", "篇", "册", "本", "期", "批", "起", "例"]
    static let divisibleUnits: Set<String> = ["个工作日", "天", "小时", "个月", "年"]

    static func scan(_ line: LineText, quantities: [QuantityHit]) -> [Hit] {
        var hits = [Hit]()
        for q in quantities {
            let digits = integerDigits(q.number)
            if q.isPercent, !q.number.isChinese, digits >= 5 {
                hits.append(make(line, q.number.start, q.end, "百分比“\(line.string(q.number.start..<q.end))”不合理(疑似年份与数字粘连)",
                                 "the percentage “\(line.string(q.number.start..<q.end))” is impossible (a year glued to a number?)"))
            } else if q.number.magnitude == 1, q.number.decimals > 0, wholeUnits.contains(q.measure) && q.number.decimals >= 1
                        || divisibleUnits.contains(q.measure) && q.number.decimals >= 3 {
                hits.append(make(line, q.number.start, q.end, "“\(line.string(q.number.start..<q.end))”不合理:该单位只能是整数",
                                 "“\(line.string(q.number.start..<q.end))” is impossible: this unit counts whole items"))
            }
        }
        guard line.mask.contains(.digit) else { return hits }
        var index = 0
        while index < line.count {
            index = line.nextIndex(from: index, classes: CharClass.digit.rawValue)
            guard index < line.count else { break }
            var end = index
            while line.cls(end).contains(.digit) { end += 1 }
            if let hit = doubledMark(line, index, end) ?? badDate(line, index, end) { hits.append(hit) }
            index = end
        }
        return hits
    }

    private static func integerDigits(_ number: ParsedNumber) -> Int {
        var value = number.value.rounded(.down), digits = 1
        while value >= 10 { value /= 10; digits += 1 }
        return digits
    }

    /// 1。.06: two decimal marks between digits.
    private static func doubledMark(_ line: LineText, _ start: Int, _ end: Int) -> Hit? {
        let a = line[end], b = line[end + 1]
        // Compared directly: a set literal here was built and hashed for every run of digits.
        let isMark = { (s: UInt32) in s == U.dot || s == U.ideoStop || s == U.comma }
        guard isMark(a), isMark(b), a == U.dot || b == U.dot, line.cls(end + 2).contains(.digit),
              !line.cls(start - 1).contains(.digit) else { return nil }
        var close = end + 2
        while line.cls(close).contains(.digit) { close += 1 }
        return make(line, start, close, "数字“\(line.string(start..<close))”格式错误(小数点重复)",
                    "the number “\(line.string(start..<close))” is malformed (two decimal marks)")
    }

    /// 15月 (not 15个月, not 1-15月 ranges of days), 2月30日, 35日.
    private static func badDate(_ line: LineText, _ start: Int, _ end: Int) -> Hit? {
        guard end - start <= 2, !line.cls(start - 1).contains(.digit), line[start - 1] != U.dot else { return nil }
        let value = dateValue(line, start, end)
        let unit = line[end]
        if unit == U.s("月"), value > 12, line[start - 1] != U.s("个"), !isRange(line, start) {
            return make(line, start, end + 1, "日期“\(line.string(start..<(end + 1)))”不存在", "the date “\(line.string(start..<(end + 1)))” does not exist")
        }
        if unit == U.s("日"), value > 31 || value == 0, line[start - 1] == U.s("月") {
            return make(line, start, end + 1, "日期“\(line.string(start..<(end + 1)))”不存在", "the date “\(line.string(start..<(end + 1)))” does not exist")
        }
        return nil
    }

    /// `Int(line.string(start..<end)) ?? 0` (the digits as written, 0 when `Int` cannot read
    /// them: full-width digits), without building the String when the raw text is ASCII digits.
    static func dateValue(_ line: LineText, _ start: Int, _ end: Int) -> Int {
        let rawStart = line.rawIndex(start)
        guard end > start, line.rawIndex(end - 1) - rawStart == end - 1 - start else { return Int(line.string(start..<end)) ?? 0 }
        var value = 0
        for offset in 0..<(end - start) {
            let scalar = line.raw[rawStart + offset]
            guard scalar >= 0x30 && scalar <= 0x39 else { return Int(line.string(start..<end)) ?? 0 }
            value = value * 10 + Int(scalar - 0x30)
        }
        return value
    }

    private static func isRange(_ line: LineText, _ start: Int) -> Bool {
        let before = line[start - 1]
        let joiner = before == U.hyphen || before == U.tilde || before == U.s("至") || before == U.s("到") || before == U.enDash
        return joiner && (line.cls(start - 2).contains(.digit) || line.cls(start - 2).contains(.cjkNumeral))
    }

    private static func make(_ line: LineText, _ start: Int, _ end: Int, _ zh: String, _ en: String) -> Hit {
        Hit(kind: .arithmetic, severity: .error, start: start, end: end, message: "数值不合理:" + zh, en: "Impossible figure: " + en)
    }
}
