/// When a year-on-year comparison (同比) may be printed as a percentage.
///
/// Officials and readers distrust "同比增长2125%" (4 → 89) or "同比下降100%": a rate
/// over a small base says more about the base than about the work. The rule: a rate only
/// when last year's value is at least `minBase` and the change is at most `maxPercent`;
/// otherwise the two values are named ("由去年同期的4件增至89件"). A zero on either side
/// gets no comparison at all.
public struct ComparisonRule: Codable, Sendable, Equatable {
    public var minBase: Double
    public var maxPercent: Double

    public init(minBase: Double = 10, maxPercent: Double = 200) {
        self.minBase = minBase; self.maxPercent = maxPercent
    }
}

/// How one figure compares with the same period last year.
public enum Comparison: Sendable, Equatable {
    /// Print "同比增长13.5%" (or 下降, or 与去年同期持平).
    case rate(Change)
    /// Print "由去年同期的4件增至89件".
    case values(last: Double, current: Double)
    /// Say nothing.
    case none

    /// - Parameter isLevel: a rate, share or stock (覆盖率, 团队数): compared by its two
    ///   values, never by a percentage of a percentage.
    public static func of(current: Double, lastYear: Double, rule: ComparisonRule, isLevel: Bool = false) -> Comparison {
        guard current > 0, lastYear > 0, current.isFinite, lastYear.isFinite else { return .none }
        guard !isLevel, lastYear >= rule.minBase, let change = Change.yearOnYear(current: current, lastYear: lastYear),
              abs(change.signedPercent) <= rule.maxPercent else {
            return current == lastYear ? .rate(.flat) : .values(last: lastYear, current: current)
        }
        return .rate(change)
    }
}
