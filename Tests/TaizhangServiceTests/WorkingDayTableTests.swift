import Testing
import TaizhangDomain
@testable import TaizhangService

@Suite("Working days")
struct WorkingDayTableTests {
    /// Thu 2026-04-30 + 3 working days: Fri–Tue are the holiday, Wed 6, Thu 7, Fri 8.
    @Test func holidaysInsideALimitAreSkipped() {
        let day = CivilDate(2026, 4, 30)

        let due = SF.table.adding(workingDays: 3, to: day)

        #expect(due == CivilDate(2026, 5, 8))
        #expect(SF.table.workingDays(after: day, through: due) == 3)
    }

    @Test func aMakeUpSaturdayCountsAndAZeroLimitIsTheSameDay() {
        let friday = CivilDate(2026, 5, 8)

        #expect(SF.table.adding(workingDays: 1, to: friday) == CivilDate(2026, 5, 9))
        #expect(SF.table.adding(workingDays: 0, to: friday) == friday)
        #expect(SF.table.workingDays(after: friday, through: friday) == 0)
    }

    /// Outside its span the table walks the calendar and gives the same answers.
    @Test(arguments: [0, 1, 5, 17, 40])
    func theTableAgreesWithTheCalendarOutsideItsSpan(n: Int) {
        let narrow = WorkingDayTable(SF.calendar, from: CivilDate(2026, 4, 20), through: CivilDate(2026, 5, 2))
        let day = CivilDate(2026, 4, 24)

        let due = narrow.adding(workingDays: n, to: day)

        #expect(due == SF.table.adding(workingDays: n, to: day))
        #expect(narrow.workingDays(after: day, through: due) == n)
        #expect(narrow.isWorkingDay(CivilDate(2026, 5, 9).dayNumber))
    }

    @Test func beijingDayOfAnInstant() {
        let lateEvening = SF.at(2026, 6, 30, 23, 59), earlyMorning = SF.at(2026, 7, 1, 0, 0)

        #expect(CivilDate(dayNumber: CivilDate.beijingDayNumber(lateEvening)) == CivilDate(2026, 6, 30))
        #expect(CivilDate(dayNumber: CivilDate.beijingDayNumber(earlyMorning)) == CivilDate(2026, 7, 1))
    }
}

@Suite("Working days: one calendar")
struct OneCalendarTests {
    /// The table is a fast view of TaizhangDomain's holiday calendar, never a second one.
    @Test(arguments: [1, 3, 15, 40])
    func theTableAgreesWithTheHolidayCalendar(n: Int) throws {
        let calendar = try HolidayCalendar.shipped()
        let table = WorkingDayTable(calendar, from: CivilDate(2025, 1, 1), through: CivilDate(2026, 12, 31))

        for day in stride(from: CivilDate(2025, 1, 1).dayNumber, through: CivilDate(2026, 11, 30).dayNumber, by: 3) {
            let d = CivilDate(dayNumber: day)
            #expect(table.adding(workingDays: n, to: d) == calendar.addingWorkingDays(n, after: d))
        }
    }
}
