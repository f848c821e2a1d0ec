/// 平均亩产108公斤,比上年增4公斤,增3.9%: an average is computed and rounded to its last digit,
/// and so was the earlier average the increment is taken from; the increment is then known
/// only to a unit of that digit (107.85 − 103.8 = 4.05, written 4), and the rate of the exact
/// averages may be any within that reach (issue #14, corpus-o). A total (亩产 of one field, a
/// count) keeps the strict match.
extension Ratios {
    static func isAverage(_ figure: QuantityHit) -> Bool {
        figure.subject.unicodeScalars.contains { $0.value == U.s("均") }
    }

    /// Whether `percent` is a rate the rounded averages `current` and `current − delta` may give.
    static func averageGrowthAgrees(_ delta: QuantityHit, over current: QuantityHit, _ percent: QuantityHit) -> Bool {
        guard isAverage(current), delta.change == "increase" || delta.change == "decrease" else { return false }
        let unit = Sentences.pow10(-current.number.decimals) * current.number.magnitude
        let d = abs(delta.normalized), x = current.normalized
        let base = delta.change == "decrease" ? x + d : x - d
        guard base - unit > 0, d > unit else { return false }
        let low = (d - unit) / (base + unit) * 100, high = (d + unit) / (base - unit) * 100
        let half = 0.5 * Sentences.pow10(-percent.number.decimals)
        return percent.number.value + half >= low && percent.number.value - half <= high
    }
}
