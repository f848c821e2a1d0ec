import Foundation
import TaizhangDomain

/// The holiday calendar (TaizhangDomain's `HolidayCalendar`: statutory holidays and
/// make-up working days as data) read once into arrays for a span of days, so that
/// counting working days between two days and finding the Nth working day after a day are
/// array lookups (100,000 cases are evaluated in a few milliseconds). Days outside the
/// span are still answered, by asking the calendar. It is a view of that one calendar,
/// not another: for N ≥ 1 `adding(workingDays:to:)` is `HolidayCalendar.addingWorkingDays`.
///
/// Time limits follow the rule for periods in administrative law (《行政许可法》第八十二条:
/// 期间开始的日不计算在期间内): the day a case is accepted does not count, so a limit of
/// N working days ends on the Nth working day after the day of acceptance.
public struct WorkingDayTable: Sendable {
    public let calendar: HolidayCalendar
    public let first: Int
    /// `cumulative[i]`: working days in first…first+i (inclusive).
    private let cumulative: [Int32]
    /// Day numbers of the working days in the span, in order.
    private let workingDays: [Int32]

    public init(_ calendar: HolidayCalendar, from: CivilDate, through: CivilDate) {
        self.calendar = calendar
        first = from.dayNumber
        let count = max(through.dayNumber - first + 1, 0)
        var cum = [Int32](repeating: 0, count: count), days: [Int32] = []
        days.reserveCapacity(count * 5 / 7 + 1)
        var running: Int32 = 0
        for i in 0..<count {
            if calendar.isWorkingDay(CivilDate(dayNumber: first + i)) { running += 1; days.append(Int32(first + i)) }
            cum[i] = running
        }
        cumulative = cum; workingDays = days
    }

    private var last: Int { first + cumulative.count - 1 }

    public func isWorkingDay(_ day: Int) -> Bool {
        guard day >= first, day <= last else { return calendar.isWorkingDay(CivilDate(dayNumber: day)) }
        let i = day - first
        return cumulative[i] != (i == 0 ? 0 : cumulative[i - 1])
    }

    /// Working days after `from` up to and including `through` (0 when `through` ≤ `from`):
    /// the working days a case accepted on `from` and finished on `through` has used.
    public func workingDays(after from: Int, through: Int) -> Int {
        guard through > from else { return 0 }
        if from >= first, through <= last {
            return Int(cumulative[through - first] - cumulative[from - first])
        }
        var n = 0
        for d in (from + 1)...through where isWorkingDay(d) { n += 1 }
        return n
    }

    /// The Nth working day after `day` (the day itself not counted); `day` for N ≤ 0,
    /// since a limit of 0 (即办件) means the same day.
    public func adding(workingDays n: Int, to day: Int) -> Int {
        guard n > 0 else { return day }
        if day >= first, day <= last {
            let index = Int(cumulative[day - first]) + n - 1
            if index < workingDays.count { return Int(workingDays[index]) }
        }
        var d = day, left = n
        while left > 0 { d += 1; if isWorkingDay(d) { left -= 1 } }
        return d
    }

    public func adding(workingDays n: Int, to day: CivilDate) -> CivilDate {
        CivilDate(dayNumber: adding(workingDays: n, to: day.dayNumber))
    }

    public func workingDays(after from: CivilDate, through: CivilDate) -> Int {
        workingDays(after: from.dayNumber, through: through.dayNumber)
    }
}

extension CivilDate {
    /// The day number (see `dayNumber`) of the Beijing day containing `instant`, by
    /// arithmetic: China has kept UTC+8 without daylight saving since 1991, and this runs
    /// for every timestamp of every case.
    public static func beijingDayNumber(_ instant: Date) -> Int {
        Int(((instant.timeIntervalSince1970 + 28_800) / 86_400).rounded(.down))
    }
}
