import Foundation
import Testing
@testable import TaizhangDomain

@Suite("A report is expected only when the plan could apply")
struct ExpectedReportTests {
    static let zonePlan = ReportingPlan(id: 3, name: "示范区工作动态", reportType: "work_update", periodKind: .quarter,
                                        appliesTo: UnitSelector(flags: [.demoZone]), dueRule: .dayOfNextMonth(5))
    static let streetPlan = ReportingPlan(id: 1, name: "工作动态", reportType: "work_update", periodKind: .quarter,
                                          appliesTo: UnitSelector(kinds: [.street]), dueRule: .dayOfNextMonth(5))
    static let zone = Unit(id: 2, parentID: 1, kind: .street, name: "城关街道", flags: [.demoZone],
                           creationStartsOn: CivilDate(2025, 1, 1))

    @Test(arguments: [(Period.quarter(2024, 3), false), (.quarter(2024, 4), false), (.quarter(2025, 1), true)])
    func notBeforeTheCreationStarted(period: Period, expected: Bool) {
        #expect(Self.zonePlan.expects(Self.zone, for: period) == expected)
    }

    @Test func aStreetPlanBindsTheStreetBeforeItBecameAZone() {
        #expect(Self.streetPlan.expects(Self.zone, for: .quarter(2024, 3)))
    }

    @Test func notBeforeTheUnitExistedNorBeforeThePlanStarted() {
        var unit = Self.zone
        unit.establishedOn = CivilDate(2025, 2, 10)
        var plan = Self.streetPlan
        plan.startsWith = .quarter(2025, 3)

        #expect(!Self.streetPlan.expects(unit, for: .quarter(2025, 1)))
        #expect(Self.streetPlan.expects(unit, for: .quarter(2025, 2)))
        #expect(!plan.expects(Self.zone, for: .quarter(2025, 2)))
    }

    @Test func theMatrixCountsPeriodsBeforeTheStartNowhere() throws {
        let periods = Period.range(.quarter(2024, 3), through: .quarter(2025, 2))
        let submitted = [2: ["2025Q1": Fixture.beijing(2025, 4, 3, 10), "2025Q2": Fixture.beijing(2025, 7, 3, 10)]]

        let m = ReportingMatrix.compute(plan: Self.zonePlan, units: [Self.zone], periods: periods, firstSubmitted: submitted,
                                        now: Fixture.beijing(2025, 8, 1))

        let row = try #require(m.rows.first)
        #expect(row.cells.map(\.status) == [.notExpected, .notExpected, .onTime, .onTime])
        #expect(row.stats.expected == 2)
        #expect(row.stats.onTimeRate == 1)
        #expect(m.columns.map(\.expected) == [0, 0, 1, 1])
    }

    @Test func noReminderForAPeriodBeforeTheStart() {
        let reminders = ReminderPlanner.due(now: Fixture.beijing(2025, 1, 10), plans: [Self.zonePlan], units: [Self.zone],
                                            submitted: [], lookbackPeriods: 2)

        #expect(reminders.isEmpty)
    }
}
