/// 目标任务: an indicator value a unit must reach in a year or half-year.
public struct Target: Codable, Hashable, Sendable {
    public var unitID: Int
    public var indicatorCode: String
    public var period: Period
    public var value: Double

    public init(unitID: Int, indicatorCode: String, period: Period, value: Double) {
        self.unitID = unitID; self.indicatorCode = indicatorCode; self.period = period; self.value = value
    }
}

/// Progress = aggregate / target ("完成全年任务的79%").
public struct Progress: Codable, Hashable, Sendable {
    public var target: Double
    public var actual: Double
    /// actual / target; nil when the target is zero.
    public var ratio: Double? { target > 0 ? actual / target : nil }
    /// Percentage rounded to a whole number, as officials write it.
    public var percent: Int? { ratio.map { Int(($0 * 100).rounded()) } }

    public init(target: Double, actual: Double) { self.target = target; self.actual = actual }
}
