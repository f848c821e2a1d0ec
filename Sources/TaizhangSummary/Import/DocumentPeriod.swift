import TaizhangDomain

/// The period a summary reports on, read from its own words: “2025年上半年” → 2025H1,
/// “2024年1-6月” → 2024H1, “二〇二三年下半年” → 2023H2, “2022年第一季度” → 2022Q1,
/// “2021年度/全年” → 2021. The first mention in the opening lines wins (the title and
/// the first paragraph name the period); otherwise the most frequent one in the text.
public enum DocumentPeriod {
    static let openingLines = 12

    public static func detect(in text: String) -> Period? {
        var counts: [Period: Int] = [:]
        var first: Period? = nil
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for period in mentions(in: Array(String(line))) {
                if first == nil, index < openingLines { first = period }
                counts[period, default: 0] += 1
            }
        }
        return first ?? counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// Every “YYYY年<period>” in a line.
    static func mentions(in chars: [Character]) -> [Period] {
        var result = [Period]()
        var index = 0
        while index + 4 < chars.count {
            guard let year = year(chars, at: index), chars[index + 4] == "年" else { index += 1; continue }
            let rest = String(chars[(index + 5)..<min(chars.count, index + 12)])
            if let period = period(year: year, after: rest) { result.append(period) }
            index += 5
        }
        return result
    }

    private static func year(_ chars: [Character], at index: Int) -> Int? {
        if index > 0, chars[index - 1].isNumber { return nil }
        var value = 0
        for offset in 0..<4 {
            let c = chars[index + offset]
            if let digit = c.wholeNumberValue { value = value * 10 + digit; continue }
            guard let digit = "〇一二三四五六七八九".firstIndex(of: c).map({ "〇一二三四五六七八九".distance(from: "〇一二三四五六七八九".startIndex, to: $0) })
                ?? (c == "零" ? 0 : nil) else { return nil }
            value = value * 10 + digit
        }
        return (1990...2099).contains(value) ? value : nil
    }

    private static func period(year: Int, after rest: String) -> Period? {
        let halfOne = ["上半年", "1-6月", "1—6月", "1~6月", "1至6月", "一至六月", "半年"]
        if halfOne.contains(where: rest.hasPrefix) { return .half(year, 1) }
        if rest.hasPrefix("下半年") || ["7-12月", "7至12月"].contains(where: rest.hasPrefix) { return .half(year, 2) }
        for (q, names) in [(1, ["一季度", "第一季度", "1季度"]), (2, ["二季度", "第二季度"]), (3, ["三季度", "第三季度"]), (4, ["四季度", "第四季度"])]
            where names.contains(where: rest.hasPrefix) { return .quarter(year, q) }
        if ["度", "全年", "工作总结", "年终"].contains(where: rest.hasPrefix) { return .year(year) }
        return nil
    }
}
