import Foundation
import Testing
@testable import TaizhangDomain

@Suite("Reporting-rate matrix")
struct ReportingMatrixTests {
    /// Monthly plan due the 5th of next month; streets 2 and 3 report, community 4 does not.
    /// Seen on 3 April 2024:
    ///   street 2: Jan on time (4 Feb), Feb late (7 Mar), Mar on time (2 Apr)
    ///   street 3: Jan on time (5 Feb 23:59), Feb missing, Mar not due
    func compute() -> ReportingMatrix {
        ReportingMatrix.compute(
            plan: Fixture.monthlyPlan, units: Fixture.units,
            periods: Period.range(.month(2024, 1), through: .month(2024, 3)),
            firstSubmitted: [
                2: ["2024M01": Fixture.beijing(2024, 2, 4, 10), "2024M02": Fixture.beijing(2024, 3, 7, 9),
                    "2024M03": Fixture.beijing(2024, 4, 2, 15)],
                3: ["2024M01": Fixture.beijing(2024, 2, 5, 23, 59)],
            ],
            now: Fixture.beijing(2024, 4, 3, 12))
    }

    @Test func cellsFollowTimeliness() {
        let matrix = compute()

        #expect(matrix.rows.map(\.unitID) == [2, 3])
        #expect(matrix.rows[0].cells.map(\.status) == [.onTime, .late, .onTime])
        #expect(matrix.rows[1].cells.map(\.status) == [.onTime, .missing, .notDue])
        #expect(matrix.rows[0].cells.map(\.dueDate) == [CivilDate(2024, 2, 5), CivilDate(2024, 3, 5), CivilDate(2024, 4, 5)])
        #expect(matrix.rows[1].cells[1].submittedAt == nil)
    }

    @Test func rowStats() {
        let matrix = compute()
        let a = matrix.rows[0].stats, b = matrix.rows[1].stats

        #expect((a.expected, a.actual, a.onTime) == (3, 3, 2))
        #expect((b.expected, b.actual, b.onTime) == (2, 1, 1))
        #expect(b.reportingRate == 0.5)
        #expect(b.onTimeRate == 0.5)
    }

    @Test func columnAndTotalStats() {
        let matrix = compute()
        let columns = matrix.columns.map { [$0.expected, $0.actual, $0.onTime] }

        #expect(columns == [[2, 2, 2], [2, 1, 0], [1, 1, 1]])
        #expect((matrix.total.expected, matrix.total.actual, matrix.total.onTime) == (5, 4, 3))
        #expect(matrix.total.reportingRate == 0.8)
        #expect(matrix.total.onTimeRate == 0.6)
    }

    @Test func noExpectedCellsMeansNoRate() {
        let matrix = ReportingMatrix.compute(plan: Fixture.monthlyPlan, units: Fixture.units,
                                             periods: [.month(2024, 3)], firstSubmitted: [:],
                                             now: Fixture.beijing(2024, 3, 20))

        #expect(matrix.total.expected == 0)
        #expect(matrix.total.reportingRate == nil)
        #expect(matrix.total.onTimeRate == nil)
    }

    @Test func periodsOfOtherKindsOrBeforeThePlanAreLeftOut() {
        var plan = Fixture.monthlyPlan
        plan.startsWith = .month(2024, 2)

        let matrix = ReportingMatrix.compute(plan: plan, units: Fixture.units,
                                             periods: [.month(2024, 1), .month(2024, 2), .quarter(2024, 1)],
                                             firstSubmitted: [:], now: Fixture.beijing(2024, 6, 1))

        #expect(matrix.periods == [.month(2024, 2)])
        #expect(matrix.rows.allSatisfy { $0.cells.count == 1 })
    }
}
