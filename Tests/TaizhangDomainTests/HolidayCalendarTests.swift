import Foundation
import Testing
@testable import TaizhangDomain

@Suite("Holiday calendar (statutory holidays and 调休) as data")
struct HolidayCalendarTests {
    static let calendar = try! HolidayCalendar.shipped()

    @Test func theShippedCalendarCitesANoticeForEachYear() {
        let years = Self.calendar.years

        #expect(years.map(\.year) == [2024, 2025, 2026])
        #expect(years.allSatisfy { $0.notice.contains("国办发明电") })
        #expect(years.first { $0.year == 2026 }?.notice.contains("国办发明电〔2025〕7号") == true)
        #expect(years.allSatisfy { HolidayCalendar.problems(of: $0).isEmpty })
    }

    @Test func fiveWorkingDaysAfterTheThirdQuarterOf2026SkipNationalDay() {
        let due = DueRule.workingDaysAfterPeriodEnd(5).dueDate(for: .quarter(2026, 3), calendar: Self.calendar)

        // 1–7 October off; 8, 9, 10 (a make-up Saturday), 12, 13.
        #expect(due == CivilDate(2026, 10, 13))
        #expect(due != CivilDate(2026, 10, 7))
    }

    @Test(arguments: [(CivilDate(2026, 10, 10), true), (CivilDate(2026, 10, 5), false), (CivilDate(2026, 10, 11), false),
                      (CivilDate(2025, 1, 26), true), (CivilDate(2025, 10, 8), false), (CivilDate(2024, 6, 10), false),
                      (CivilDate(2024, 6, 11), true)])
    func workingDays(day: CivilDate, working: Bool) {
        #expect(Self.calendar.isWorkingDay(day) == working)
    }

    @Test func aYearOutsideTheCalendarCountsMondayToFriday() {
        let due = Self.calendar.addingWorkingDays(3, after: CivilDate(2030, 9, 30))

        #expect(!Self.calendar.covers(2030))
        #expect(due == CivilDate(2030, 10, 3))
    }

    @Test func workingDaysBetweenTwoDatesCountBothEnds() {
        let count = Self.calendar.workingDays(from: CivilDate(2026, 9, 28), through: CivilDate(2026, 10, 12))

        // 28, 29, 30 September, 8, 9, 10, 12 October.
        #expect(count == 7)
    }

    @Test func anEditedYearWithAWeekdayAsMakeUpDayIsRefused() {
        let year = HolidayCalendar.Year(year: 2027, notice: "国务院办公厅关于2027年部分节假日安排的通知",
                                        holidays: [.init(name: "国庆节", from: CivilDate(2027, 10, 7), to: CivilDate(2027, 10, 1))],
                                        workdays: [CivilDate(2027, 10, 13)])

        let codes = HolidayCalendar.problems(of: year).map(\.code)

        #expect(codes == ["invalid_holiday", "invalid_workday"])
    }

    @Test func replacingAYearChangesTheDueDates() {
        let year = HolidayCalendar.Year(year: 2030, notice: "测试通知", holidays: [.init(name: "国庆节", from: CivilDate(2030, 10, 1), to: CivilDate(2030, 10, 7))],
                                        workdays: [])

        let edited = Self.calendar.replacing(year)

        #expect(edited.addingWorkingDays(1, after: CivilDate(2030, 9, 30)) == CivilDate(2030, 10, 8))
        #expect(edited.removing(year: 2030) == Self.calendar)
    }

    @Test func theCalendarRoundTripsAsJSON() throws {
        let data = try JSONEncoder().encode(Self.calendar)

        let decoded = try JSONDecoder().decode(HolidayCalendar.self, from: data)

        #expect(decoded == Self.calendar)
    }
}
