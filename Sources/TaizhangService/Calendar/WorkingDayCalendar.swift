import TaizhangDomain

/// Which days are working days (工作日). Every time limit of SPEC §7 counts working days
/// through the holiday calendar: statutory holidays are off even on a weekday, make-up
/// working days (调休) are on even on a weekend. The calendar itself is data an admin
/// edits; the service rules only ask this one question of it.
public protocol WorkingDayCalendar: Sendable {
    func isWorkingDay(_ day: CivilDate) -> Bool
}

/// Mondays to Fridays, less the listed holidays, plus the listed make-up working days.
///
/// A stand-in with the same meaning as the holiday calendar being added to
/// TaizhangDomain (branch `numbers`); once that lands, the server passes it instead and
/// this type goes. Only the protocol above is used by the rules.
public struct ListedHolidayCalendar: WorkingDayCalendar, Hashable, Codable {
    public var holidays: Set<CivilDate>
    public var makeUpWorkingDays: Set<CivilDate>

    public init(holidays: Set<CivilDate> = [], makeUpWorkingDays: Set<CivilDate> = []) {
        self.holidays = holidays; self.makeUpWorkingDays = makeUpWorkingDays
    }

    public func isWorkingDay(_ day: CivilDate) -> Bool {
        if makeUpWorkingDays.contains(day) { return true }
        return day.weekday < 5 && !holidays.contains(day)
    }

    /// Mondays to Fridays only.
    public static let weekdays = ListedHolidayCalendar()
}
