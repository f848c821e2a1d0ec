import Testing
import TaizhangDomain
@testable import TaizhangService

@Suite("Demo centre and hospital")
struct ServiceDemoTests {
    static let today = CivilDate(2026, 7, 3)
    static let table = WorkingDayTable(try! HolidayCalendar.shipped(), from: CivilDate(2024, 1, 1), through: CivilDate(2027, 12, 31))
    static let demo = ServiceDemo.make(today: today, rules: SF.rules, table: table)

    @Test func aYearOfCasesWithRatingsOrdersAndAppraisal() {
        let d = Self.demo
        let evaluator = CaseEvaluator(rules: SF.rules.cases, table: Self.table)
        let abnormal = d.cases.filter { evaluator.evaluate($0, asOf: Self.today).isAbnormal }

        #expect((55_000...65_000).contains(d.cases.count))
        #expect(d.ratings.count > d.cases.count / 2)
        #expect(d.orders.filter { $0.level == "department" }.count == abnormal.count)
        #expect(d.orders.filter { $0.level == "office" }.count == 1)
        #expect(d.fixes.count == d.ratings.filter { SF.rules.ratings.level($0.level)?.bad == true }.count)
        #expect(d.fixes.filter { $0.status(asOf: Self.today) == .voided }.count == 1)
        #expect(d.quarters == [.quarter(2025, 3), .quarter(2025, 4), .quarter(2026, 1), .quarter(2026, 2)])
        #expect(d.appraisalRecords.contains { $0.source == .complaints })
    }

    /// The food-licensing window slips in May and June: last both months, it is summoned.
    @Test func theRankingSummonsTheSlippingWindow() {
        let windows = Self.demo.windows.map(\.id)
        var rankings: [Period: [RankRow]] = [:]
        for m in [Period.month(2026, 5), .month(2026, 6)] {
            rankings[m] = WindowRanking.rank(SatisfactionTable.compute(Self.demo.ratings, period: m, rules: SF.rules.ratings).byWindow,
                                             windows: windows, rules: SF.rules.ratings)
        }

        #expect(WindowRanking.summoned(month: .month(2026, 6), rankings: rankings, rules: SF.rules.ratings) == [4])
    }

    @Test func theHospitalKeepsItsRhythmButOnce() throws {
        let pack = try #require(try RulePacks.shipped().first { $0.code == RulePacks.hospitalInfection })
        let entries = HospitalDemo.entries(today: Self.today, table: Self.table)
        let rule = try #require(pack.rhythm.first { $0.code == "self_checks" })
        func total(_ p: Period) -> Double {
            entries.filter { p.contains($0.date) }.flatMap(\.values).filter { $0.indicator == rule.indicator }.reduce(0) { $0 + $1.value }
        }

        let short = rule.shortfalls(in: .half(2026, 1), asOf: Self.today, totalIn: total)

        #expect(short.map(\.period) == [.month(2026, 4)])
        let codes = Set(pack.catalog.indicators.map(\.code))
        #expect(entries.flatMap(\.values).allSatisfy { codes.contains($0.indicator) })
        #expect(HospitalDemo.reports(today: Self.today, table: Self.table).count == 24)
    }
}
