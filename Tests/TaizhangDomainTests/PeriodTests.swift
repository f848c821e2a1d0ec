import Foundation
import Testing
@testable import TaizhangDomain

@Suite("Period codes and labels")
struct PeriodTests {
    @Test(arguments: [
        ("2024M06", Period.month(2024, 6), "2024年6月", "June 2024"),
        ("2024M12", Period.month(2024, 12), "2024年12月", "December 2024"),
        ("2024Q2", Period.quarter(2024, 2), "2024年第二季度", "Q2 2024"),
        ("2024Q4", Period.quarter(2024, 4), "2024年第四季度", "Q4 2024"),
        ("2024H1", Period.half(2024, 1), "2024年上半年", "H1 2024"),
        ("2024H2", Period.half(2024, 2), "2024年下半年", "H2 2024"),
        ("2024", Period.year(2024), "2024年", "2024"),
    ])
    func codeAndLabelsRoundTrip(code: String, period: Period, chinese: String, english: String) {
        let parsed = Period(code: code)

        #expect(parsed == period)
        #expect(period.code == code)
        #expect(period.chineseLabel == chinese)
        #expect(period.englishLabel == english)
        #expect(period.label(.zh) == chinese)
        #expect(period.label(.en) == english)
    }

    @Test func codesAreCaseInsensitiveAndMonthsMayBeUnpadded() {
        let lower = Period(code: "2024h1"), unpadded = Period(code: "2024M6")

        #expect(lower == .half(2024, 1))
        #expect(unpadded == .month(2024, 6))
        #expect(unpadded?.code == "2024M06")
    }

    @Test(arguments: ["", "202", "24M06", "2024M13", "2024M00", "2024M", "2024Q0", "2024Q5", "2024H0", "2024H3",
                      "2024X1", "202406", "2024M006", "abcd", "1899", "3000H1", "2024 H1"])
    func invalidCodesAreRejected(code: String) {
        let parsed = Period(code: code)

        #expect(parsed == nil)
    }

    @Test func invalidComponentsAreRejected() {
        #expect(Period(kind: .month, year: 2024, index: 13) == nil)
        #expect(Period(kind: .quarter, year: 2024, index: 5) == nil)
        #expect(Period(kind: .year, year: 2024, index: 2) == nil)
        #expect(Period(kind: .halfYear, year: 1899, index: 1) == nil)
    }

    @Test(arguments: [
        (Period.month(2024, 2), CivilDate(2024, 2, 1), CivilDate(2024, 2, 29)),
        (Period.month(2023, 2), CivilDate(2023, 2, 1), CivilDate(2023, 2, 28)),
        (Period.quarter(2024, 3), CivilDate(2024, 7, 1), CivilDate(2024, 9, 30)),
        (Period.half(2024, 1), CivilDate(2024, 1, 1), CivilDate(2024, 6, 30)),
        (Period.half(2024, 2), CivilDate(2024, 7, 1), CivilDate(2024, 12, 31)),
        (Period.year(2024), CivilDate(2024, 1, 1), CivilDate(2024, 12, 31)),
    ])
    func startAndEnd(period: Period, start: CivilDate, end: CivilDate) {
        #expect(period.start == start)
        #expect(period.end == end)
        #expect(period.contains(start) && period.contains(end))
        #expect(!period.contains(start.adding(days: -1)) && !period.contains(end.adding(days: 1)))
    }

    @Test func navigationCrossesYearBoundaries() {
        let december = Period.month(2024, 12), q1 = Period.quarter(2025, 1), h1 = Period.half(2024, 1)

        #expect(december.next == .month(2025, 1))
        #expect(q1.previous == .quarter(2024, 4))
        #expect(h1.previous == .half(2023, 2))
        #expect(h1.offset(by: 3) == .half(2025, 2))
        #expect(q1.sameLastYear == .quarter(2024, 1))
    }

    @Test func rangeListsConsecutivePeriods() {
        let range = Period.range(.month(2024, 11), through: .month(2025, 2))
        let mixed = Period.range(.month(2024, 1), through: .quarter(2024, 2))
        let backwards = Period.range(.month(2024, 3), through: .month(2024, 1))

        #expect(range.map(\.code) == ["2024M11", "2024M12", "2025M01", "2025M02"])
        #expect(mixed.isEmpty)
        #expect(backwards.isEmpty)
    }

    @Test func containingFindsThePeriodOfADate() {
        let day = CivilDate(2024, 8, 15)

        #expect(Period.containing(day, kind: .month) == .month(2024, 8))
        #expect(Period.containing(day, kind: .quarter) == .quarter(2024, 3))
        #expect(Period.containing(day, kind: .halfYear) == .half(2024, 2))
        #expect(Period.containing(day, kind: .year) == .year(2024))
    }

    @Test func containsPeriod() {
        let h1 = Period.half(2024, 1)

        #expect(h1.contains(Period.quarter(2024, 2)))
        #expect(h1.contains(Period.month(2024, 6)))
        #expect(!h1.contains(Period.month(2024, 7)))
        #expect(!h1.contains(Period.year(2024)))
    }

    @Test func prefixesAsSummariesWriteThem() {
        #expect(Period.half(2024, 1).chinesePrefix == "上半年")
        #expect(Period.quarter(2024, 1).chinesePrefix == "一季度")
        #expect(Period.month(2024, 6).chinesePrefix == "6月")
        #expect(Period.year(2024).chinesePrefix == "全年")
    }

    @Test func codableUsesTheCode() throws {
        let periods = [Period.month(2024, 6), .half(2024, 1)]

        let json = String(decoding: try JSONEncoder().encode(periods), as: UTF8.self)
        let back = try JSONDecoder().decode([Period].self, from: Data(json.utf8))

        #expect(json == #"["2024M06","2024H1"]"#)
        #expect(back == periods)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Period].self, from: Data(#"["2024H3"]"#.utf8)) }
    }
}
