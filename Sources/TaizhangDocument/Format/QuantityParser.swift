/// Reads the value of a quantity a user typed ("75场", "1.2万余人次", "3亿元").
/// Only what editing needs: the first Arabic number and a following 万/亿.
public enum QuantityParser {
    /// `unit` is the unit the value is kept in: for "万元" the 万 is part of
    /// the unit and is not applied again.
    public static func value(in text: String, unit: String = "") -> Double? {
        let chars = Array(text)
        guard let start = chars.firstIndex(where: { $0.isASCII && $0.isNumber }) else { return nil }
        var end = start
        while end < chars.count, (chars[end].isASCII && chars[end].isNumber) || chars[end] == "." || chars[end] == "," {
            end += 1
        }
        guard var value = Double(String(chars[start..<end].filter { $0 != "," })) else { return nil }
        // "14余万": the scale word may follow a qualifier.
        var next = end
        if next < chars.count, "余多".contains(chars[next]) { next += 1 }
        if next < chars.count {
            if chars[next] == "万" && !unit.hasPrefix("万") { value *= 10_000 } else if chars[next] == "亿" { value *= 100_000_000 }
        }
        return value
    }
}
