/// A share of two figures that were themselves rounded (issue #14, corpus-k): 969万元 of
/// 2180万元 is 44.45%, written 44.5% — the amounts are whole 万元, so 969 stands for
/// anything from 968.5 to 969.5万元 and the share for 44.42% … 44.47%, which rounds to
/// 44.5%. A figure is rounded when it has decimals or is scaled by 万/亿 (as in
/// `Sentences.tolerance`); whole counts (件, 人) are exact and keep the strict match.
extension Ratios {
    /// The stated percentage agrees with part / whole at its own precision, or with some
    /// share the two figures may stand for within their rounding. `shortFigures`: a figure
    /// of fewer than three significant digits is taken as rounded too (a done amount,
    /// 实现就业15万人, see `roundingHalf`).
    static func matches(part: QuantityHit, whole: QuantityHit, _ percent: QuantityHit, shortFigures: Bool = false) -> Bool {
        let partHalf = roundingHalf(part, short: shortFigures), wholeHalf = roundingHalf(whole, short: shortFigures)
        let spread = whole.normalized - wholeHalf > 0 && (partHalf > 0 || wholeHalf > 0)
        return agrees(percent.value, decimals: percent.number.decimals, rate: part.normalized / whole.normalized * 100,
                      low: spread ? (part.normalized - partHalf) / (whole.normalized + wholeHalf) * 100 : nil,
                      high: spread ? (part.normalized + partHalf) / (whole.normalized - wholeHalf) * 100 : nil)
    }

    /// The stated rounding tolerance, one rule for every rate of two figures (issue #14): a rate
    /// written with k decimals agrees when the computed rate rounds or truncates to it at k decimals
    /// (`matches`), or when it lies within half a unit of its last digit of [low, high] — the rates
    /// the figures may stand for, each rounded figure anywhere within half a unit of its own last
    /// digit. The allowance comes from the figures' decimals, never from a constant.
    static func agrees(_ stated: Double, decimals: Int, rate: Double, low: Double?, high: Double?) -> Bool {
        if matches(rate, stated, decimals: decimals) { return true }
        guard let low, let high else { return false }
        let half = 0.5 * Sentences.pow10(-decimals) + 1e-9
        return stated + half >= min(low, high) && stated - half <= max(low, high)
    }

    /// Half a unit of the figure's last digit, in its normalized value; 0 for an exact count.
    /// Also 0 for a figure of fewer than three significant digits (年度计划1亿元, 1.2亿元):
    /// such a figure is more often a round plan than a rounded measurement, and its rounding
    /// (a third of 1.5亿) would excuse almost any share.
    static func roundingHalf(_ hit: QuantityHit, short: Bool = false) -> Double {
        guard hit.number.decimals > 0 || hit.number.magnitude > 1 else { return 0 }
        let half = 0.5 * Sentences.pow10(-hit.number.decimals) * hit.number.magnitude
        return short || half <= 0.005 * hit.normalized ? half : 0
    }
}
