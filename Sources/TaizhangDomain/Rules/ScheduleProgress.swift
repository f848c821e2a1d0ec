/// 序时进度 (progress "in time order"): the share of a target that should be done by a day,
/// the time elapsed in the target's period. Government work reports and budget execution
/// reviews use it by month: at the end of June a year target's 序时进度 is 6/12 = 50%, at the
/// end of September 75% ("按序时进度推进", "低于序时进度"; e.g. 财政部 budget execution
/// reviews compare spending with 序时进度 month by month). Between month ends it grows with
/// the days of the current month, so a dashboard on 15 March expects (2 + 15/31) / 12.
///
/// A target is behind when its completion is more than `slackPoints` percentage points
/// below the 序时进度. The one rule for the home page, the targets API and the summary.
public struct ScheduleProgress: Codable, Hashable, Sendable {
    /// Percentage points a unit may lag before it counts as behind (0: any lag is behind,
    /// as a written summary says "低于序时进度").
    public var slackPoints: Double

    public init(slackPoints: Double = 0) { self.slackPoints = max(0, slackPoints) }

    public static let standard = ScheduleProgress()

    /// Share (0…1) of a target for `period` that should be done by the end of `asOf`.
    public func expectedShare(of period: Period, asOf: CivilDate) -> Double {
        if asOf < period.start { return 0 }
        if asOf >= period.end { return 1 }
        let months = period.lastMonth - period.firstMonth + 1
        let fullMonths = asOf.month - period.firstMonth
        let monthDays = CivilDate.daysIn(year: asOf.year, month: asOf.month)
        let share = (Double(fullMonths) + Double(asOf.day) / Double(monthDays)) / Double(months)
        return min(max(share, 0), 1)
    }

    /// The verdict for `actual` against `target` (for `period`) at the end of `asOf`.
    public func judge(actual: Double, target: Double, period: Period, asOf: CivilDate) -> Verdict {
        let expected = expectedShare(of: period, asOf: asOf) * 100
        guard target > 0 else { return Verdict(percent: nil, expectedPercent: expected, behind: false) }
        let percent = actual / target * 100
        return Verdict(percent: percent, expectedPercent: expected, behind: percent + slackPoints + 1e-9 < expected)
    }

    public struct Verdict: Codable, Hashable, Sendable {
        /// Share of the target done, in percent (nil for a zero target).
        public var percent: Double?
        /// 序时进度 in percent.
        public var expectedPercent: Double
        public var behind: Bool
    }
}
