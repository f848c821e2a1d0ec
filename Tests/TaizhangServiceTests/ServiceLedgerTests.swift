import Testing
import TaizhangDomain
@testable import TaizhangService

@Suite("Monthly ledger entry")
struct ServiceLedgerTests {
    static let asOf = CivilDate(2026, 7, 3)
    static let cases = ServiceDemoCases(table: SF.table).cases(from: CivilDate(2026, 1, 1), through: asOf, perDay: 40)
    static let evaluations = cases.map { SF.evaluator.evaluate($0, asOf: asOf) }

    @Test func everyValueIsAnIndicatorOfTheServiceCentrePack() throws {
        let pack = try #require(try RulePacks.shipped().first { $0.code == RulePacks.serviceCentre })

        let values = ServiceLedger.values(ServiceMonth(month: .month(2026, 3)), levels: SF.rules.supervision.levels)

        #expect(values.allSatisfy { pack.catalog[$0.indicator] != nil })
        #expect(Set(values.map(\.indicator)).count == values.count)
    }

    /// The half-year's rates from the six monthly entries (the pack's derived ratios of
    /// summed values) equal the rates computed over the half-year's cases directly.
    @Test func sixMonthlyEntriesGiveTheHalfYearsRates() throws {
        let pack = try #require(try RulePacks.shipped().first { $0.code == RulePacks.serviceCentre })
        var totals: [String: Double] = [:]
        for m in 1...6 {
            let month = RateTable.compute(Self.cases, Self.evaluations, period: .month(2026, m), asOf: Self.asOf).total
            for v in ServiceLedger.values(ServiceMonth(month: .month(2026, m), cases: month), levels: SF.rules.supervision.levels) {
                totals[v.indicator, default: 0] += v.value
            }
        }
        let half = RateTable.compute(Self.cases, Self.evaluations, period: .half(2026, 1), asOf: Self.asOf).total
        func derived(_ code: String) -> Double? { pack.derived.first { $0.code == code }?.value(totals) }

        #expect(half.accepted > 4_000)
        #expect(totals["cases_accepted"] == Double(half.accepted))
        #expect(totals["abnormal_cases"] == Double(half.abnormal))
        #expect(abs(derived("completion_rate")! - half.completionRate!) < 1e-9)
        #expect(abs(derived("on_time_rate")! - half.onTimeRate!) < 1e-9)
        #expect(abs(derived("speed_up_rate")! - half.speedUpRate!) < 1e-3)
    }
}
