/// When a report for a period is due (报送期限). Rules are data, chosen per plan.
public enum DueRule: Codable, Hashable, Sendable {
    /// N calendar days after the period's last day ("期满后5日内").
    case daysAfterPeriodEnd(Int)
    /// Day D of the month after the period ends ("次月5日前"); clamped to the month's length.
    case dayOfNextMonth(Int)
    /// N working days after the period's last day, counted on the holiday calendar
    /// (statutory holidays skipped, make-up working weekends counted).
    case workingDaysAfterPeriodEnd(Int)

    /// The due date; `calendar` decides which days are working days (the admin's calendar
    /// in force by default).
    public func dueDate(for period: Period, calendar: HolidayCalendar = .current) -> CivilDate {
        let end = period.end
        switch self {
        case .daysAfterPeriodEnd(let n):
            return end.adding(days: n)
        case .dayOfNextMonth(let d):
            let next = end.adding(days: 1)
            return CivilDate(next.year, next.month, min(max(d, 1), CivilDate.daysIn(year: next.year, month: next.month)))
        case .workingDaysAfterPeriodEnd(let n):
            return calendar.addingWorkingDays(n, after: end)
        }
    }

    public var chinese: String {
        switch self {
        case .daysAfterPeriodEnd(let n): "期满后\(n)日内"
        case .dayOfNextMonth(let d): "次月\(d)日前"
        case .workingDaysAfterPeriodEnd(let n): "期满后\(n)个工作日内"
        }
    }

    private enum CodingKeys: String, CodingKey { case kind, value }
    private enum Kind: String, Codable { case daysAfterPeriodEnd = "days_after_period_end", dayOfNextMonth = "day_of_next_month", workingDaysAfterPeriodEnd = "working_days_after_period_end" }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let v = try c.decode(Int.self, forKey: .value)
        guard (0...366).contains(v) else {
            throw DecodingError.dataCorruptedError(forKey: .value, in: c, debugDescription: "due-date value out of range")
        }
        switch try c.decode(Kind.self, forKey: .kind) {
        case .daysAfterPeriodEnd: self = .daysAfterPeriodEnd(v)
        case .dayOfNextMonth: self = .dayOfNextMonth(v)
        case .workingDaysAfterPeriodEnd: self = .workingDaysAfterPeriodEnd(v)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .daysAfterPeriodEnd(let n): try c.encode(Kind.daysAfterPeriodEnd, forKey: .kind); try c.encode(n, forKey: .value)
        case .dayOfNextMonth(let d): try c.encode(Kind.dayOfNextMonth, forKey: .kind); try c.encode(d, forKey: .value)
        case .workingDaysAfterPeriodEnd(let n): try c.encode(Kind.workingDaysAfterPeriodEnd, forKey: .kind); try c.encode(n, forKey: .value)
        }
    }
}
