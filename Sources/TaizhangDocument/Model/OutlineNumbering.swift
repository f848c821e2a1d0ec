/// Chinese outline numbering per GB/T 9704-2012 §7.3.5 (结构层次序数):
/// 第一层 "一、", 第二层 "（一）", 第三层 "1.", 第四层 "（1）".
/// Full-width parentheses are used, as in the standard's own text.
public struct OutlineNumbering: Sendable {
    private var counters = [0, 0, 0, 0]

    public init() {}

    /// The label of the next heading at `level` (1…4); deeper counters restart.
    public mutating func next(level: Int) -> String {
        let index = min(max(level, 1), 4) - 1
        counters[index] += 1
        for deeper in (index + 1)..<counters.count { counters[deeper] = 0 }
        return Self.label(level: index + 1, number: counters[index])
    }

    public static func label(level: Int, number: Int) -> String {
        switch level {
        case 1: "\(ChineseNumerals.string(number))、"
        case 2: "（\(ChineseNumerals.string(number))）"
        case 3: "\(number)."
        default: "（\(number)）"
        }
    }
}
