/// 序时进度 (time-elapsed progress): the share of a target that should be done by a given
/// day if the work were spread evenly over the target's period — "时间过半、任务过半".
///
/// Definition (as county offices apply it in their 目标责任制 reviews): expected share =
/// elapsed time ÷ length of the target's period, counted in months, with the month under
/// way counted by its elapsed days. At 30 June an annual target is due 6/12 = 50%, a
/// half-year target 100%; at 15 March an annual target 2.5/12 ≈ 20.8%.
///
/// A unit is behind schedule (滞后于序时进度) when done ÷ target falls short of the
/// expected share by more than `slack` (a fraction, 0 by default; some offices tolerate
/// 0.05 or 0.10 before flagging). A target of zero or less has no progress.
public struct ScheduleProgress: Codable, Hashable, Sendable {
    public var actual: Double
    public var target: Double
    /// The share of the target due by `asOf` (0…1).
    public var expectedShare: Double
    public var slack: Double

    /// done ÷ target; nil when the target is not positive.
    public var ratio: Double? { target > 0 ? actual / target : nil }
    public var isBehind: Bool { ratio.map { $0 + slack + 1e-9 < expectedShare } ?? false }
    public var isComplete: Bool { ratio.map { $0 + 1e-9 >= 1 } ?? false }
    /// What is still missing to reach the target (尚差).
    public var remaining: Double { max(target - actual, 0) }

    public init(actual: Double, target: Double, targetPeriod: Period, asOf: CivilDate, slack: Double = 0) {
        self.actual = actual
        self.target = target
        self.expectedShare = Self.expectedShare(of: targetPeriod, asOf: asOf)
        self.slack = slack
    }

    /// Elapsed share of `period` at the end of `asOf` (0 before it starts, 1 after it ends).
    public static func expectedShare(of period: Period, asOf: CivilDate) -> Double {
        if asOf < period.start { return 0 }
        if asOf >= period.end { return 1 }
        let months = Double(period.lastMonth - period.firstMonth + 1)
        let fullMonths = Double(asOf.month - period.firstMonth)
        let partial = Double(asOf.day) / Double(CivilDate.daysIn(year: asOf.year, month: asOf.month))
        return min(1, (fullMonths + partial) / months)
    }
}
