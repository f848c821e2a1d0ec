import Foundation
import Testing
@testable import TaizhangDomain

@Suite("Civil dates")
struct CivilDateTests {
    @Test(arguments: [(2024, true), (2023, false), (2000, true), (1900, false), (2100, false), (2400, true)])
    func leapYears(year: Int, leap: Bool) {
        let february = CivilDate.daysIn(year: year, month: 2)

        #expect(february == (leap ? 29 : 28))
    }

    @Test func monthLengths() {
        let lengths = (1...12).map { CivilDate.daysIn(year: 2023, month: $0) }

        #expect(lengths == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    }

    @Test func dayNumberRoundTripsOverCenturies() {
        let first = CivilDate(1899, 12, 25).dayNumber, last = CivilDate(2101, 1, 5).dayNumber
        var previous: CivilDate?

        for n in first...last {
            let date = CivilDate(dayNumber: n)
            #expect(date.dayNumber == n)
            #expect((1...CivilDate.daysIn(year: date.year, month: date.month)).contains(date.day))
            if let p = previous { #expect(p < date) }
            previous = date
        }
    }

    @Test func epochAndKnownDayNumbers() {
        #expect(CivilDate(1970, 1, 1).dayNumber == 0)
        #expect(CivilDate(1969, 12, 31).dayNumber == -1)
        #expect(CivilDate(2000, 3, 1).dayNumber - CivilDate(2000, 2, 28).dayNumber == 2)
        #expect(CivilDate(1900, 3, 1).dayNumber - CivilDate(1900, 2, 28).dayNumber == 1)
    }

    @Test func addingDaysCrossesLeapDaysAndYears() {
        #expect(CivilDate(2024, 2, 28).adding(days: 1) == CivilDate(2024, 2, 29))
        #expect(CivilDate(2024, 2, 28).adding(days: 2) == CivilDate(2024, 3, 1))
        #expect(CivilDate(2023, 2, 28).adding(days: 1) == CivilDate(2023, 3, 1))
        #expect(CivilDate(2024, 12, 31).adding(days: 1) == CivilDate(2025, 1, 1))
        #expect(CivilDate(2025, 1, 1).adding(days: -1) == CivilDate(2024, 12, 31))
        #expect(CivilDate(2024, 1, 1).days(until: CivilDate(2025, 1, 1)) == 366)
    }

    @Test(arguments: [
        (CivilDate(2024, 1, 1), 0), (CivilDate(2024, 6, 30), 6), (CivilDate(2024, 7, 5), 4),
        (CivilDate(1970, 1, 1), 3), (CivilDate(1969, 12, 31), 2), (CivilDate(2000, 2, 29), 1),
    ])
    func weekdayIsZeroForMonday(date: CivilDate, weekday: Int) {
        #expect(date.weekday == weekday)
    }

    @Test func isoParsingAndFormatting() {
        let date = CivilDate(iso: "2024-06-30")

        #expect(date == CivilDate(2024, 6, 30))
        #expect(CivilDate(2024, 6, 3).iso == "2024-06-03")
        #expect(CivilDate(2024, 6, 3).chinese == "2024年6月3日")
    }

    @Test func codableUsesIsoStrings() throws {
        let dates = [CivilDate(2024, 2, 29)]

        let json = String(decoding: try JSONEncoder().encode(dates), as: UTF8.self)
        let back = try JSONDecoder().decode([CivilDate].self, from: Data(json.utf8))

        #expect(json == #"["2024-02-29"]"#)
        #expect(back == dates)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CivilDate].self, from: Data(#"["2023-02-29"]"#.utf8)) }
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "24-01-01", "2024/01/01", "2024-01", "", "abcd-ef-gh"])
    func invalidIsoStringsAreRejected(text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test func daysStartAtMidnightBeijingTime() {
        let start = CivilDate(2024, 6, 30).startInstant()
        let utc = CivilDate(2024, 6, 30).startInstant(timeZone: TimeZone(secondsFromGMT: 0)!)

        #expect(utc.timeIntervalSince(start) == 8 * 3600)
        #expect(CivilDate(start) == CivilDate(2024, 6, 30))
        #expect(CivilDate(start.addingTimeInterval(-1)) == CivilDate(2024, 6, 29))
        #expect(CivilDate(Fixture.beijing(2024, 6, 30, 23, 59, 59)) == CivilDate(2024, 6, 30))
    }

    @Test func ordering() {
        let dates = [CivilDate(2024, 6, 30), CivilDate(2023, 12, 31), CivilDate(2024, 1, 15)]

        #expect(dates.sorted() == [CivilDate(2023, 12, 31), CivilDate(2024, 1, 15), CivilDate(2024, 6, 30)])
    }
}
