/// Writes quantities the way Chinese officials write them in summaries:
/// "71场", "14余万人次", "1.2万余人次", "79.503万元", "85.3%".
public enum QuantityFormatter {
    /// Formats `value` (in the unit named by `measureWord`) with an optional qualifier.
    ///
    /// - Below 10,000: plain numerals ("71场"); approximate values keep two
    ///   significant digits ("70余场", "1200余人次").
    /// - From 10,000: 万 with up to two decimals ("14.53万人次"); from 10⁸: 亿.
    /// - Money already in 万元 stays in 万元 with up to four decimals (to the yuan);
    ///   money in 元 moves to 万元/亿元 from 10,000.
    /// - Percentages: one decimal, trimmed.
    /// - A lower-bound qualifier (余/多/以上) rounds down, 近 rounds up, so the
    ///   words stay true for the exact value behind them.
    public static func format(_ value: Double, measureWord: String, qualifier: Qualifier? = nil) -> String {
        switch measureWord {
        case "%":
            return percent(value, qualifier: qualifier)
        case "万元":
            return scaled(value, word: "万", measure: "元", exactDigits: 4, qualifier: qualifier)
        case "元" where abs(value) >= 10_000:
            return large(value, measure: "元", qualifier: qualifier)
        default:
            return abs(value) >= 10_000
                ? large(value, measure: measureWord, qualifier: qualifier)
                : small(value, measure: measureWord, qualifier: qualifier)
        }
    }

    /// "13.5%", "约85%", "近90%", "99%以上".
    public static func percent(_ value: Double, qualifier: Qualifier? = nil) -> String {
        switch qualifier {
        case nil: Decimals.string(value, maxFractionDigits: 1) + "%"
        case .yue?: "约" + Decimals.string(value, maxFractionDigits: 1) + "%"
        case .jin?: "近" + Decimals.ceilString(value, maxFractionDigits: 0) + "%"
        case .yu?, .duo?, .yiShang?: Decimals.floorString(value, maxFractionDigits: 1) + "%以上"
        }
    }

    private static func large(_ value: Double, measure: String, qualifier: Qualifier?) -> String {
        // 99,999,999 would round to "10000万"; from there on 亿 reads better.
        abs(value) >= 99_995_000
            ? scaled(value / 100_000_000, word: "亿", measure: measure, exactDigits: 2, qualifier: qualifier)
            : scaled(value / 10_000, word: "万", measure: measure, exactDigits: 2, qualifier: qualifier)
    }
}
