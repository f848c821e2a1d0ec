import Foundation
import PropertyBased
import Testing
@testable import TaizhangDomain

/// The invariants issue #13 names, checked on generated inputs rather than a few examples.
@Suite("Invariants (property-based)")
struct InvariantPropertyTests {
    static let catalog = try! Catalog.publicCulture()
    static let calendar = try! HolidayCalendar.shipped()

    /// Per-unit figures for units 1…n (whole numbers, so float sums are exact).
    static let figures = Gen.int(in: 0...10_000).array(of: 1...12)

    static func values(_ xs: [Int], _ code: String) -> [String: [DatedValue]] {
        [code: xs.enumerated().map { DatedValue(unitID: $0.offset + 1, entryID: $0.offset + 1, date: CivilDate(2025, 6, 1), value: Double($0.element)) }]
    }

    @Test func theRollUpOfASummedIndicatorIsTheSumOverItsUnits() async {
        await propertyCheck(input: Self.figures) { xs in
            let total = Self.catalog.totals(Self.values(xs, "performances")).first

            #expect(total?.value == Double(xs.reduce(0, +)))
        }
    }

    @Test func aRateRollUpLiesBetweenItsUnitsSmallestAndLargest() async {
        await propertyCheck(input: Gen.int(in: 0...100).array(of: 1...12), Gen.int(in: 0...500).array(of: 12)) { rates, weights in
            var values = Self.values(rates, "coverage_rate")
            values["communities_total"] = Self.values(Array(weights.prefix(rates.count)), "communities_total")["communities_total"]

            let total = Self.catalog.totals(values).first { $0.indicator.code == "coverage_rate" }

            let v = total?.value ?? -1
            #expect(Double(rates.min()!) <= v && v <= Double(rates.max()!))
        }
    }

    @Test func timelinessIsMonotoneInTheSubmissionTime() async {
        let rank: [Timeliness: Int] = [.onTime: 0, .late: 1]
        await propertyCheck(input: Gen.int(in: -20 * 86_400...20 * 86_400), Gen.int(in: 0...20 * 86_400)) { offset, delay in
            let due = CivilDate(2025, 7, 5)
            let early = due.startInstant().addingTimeInterval(TimeInterval(offset))
            let later = early.addingTimeInterval(TimeInterval(delay))
            let now = later.addingTimeInterval(1)

            let a = Timeliness.evaluate(dueDate: due, firstSubmittedAt: early, now: now)
            let b = Timeliness.evaluate(dueDate: due, firstSubmittedAt: later, now: now)

            #expect(rank[a]! <= rank[b]!)
        }
    }

    @Test func aWorkingDayDueDateNeverFallsOnAHolidayOrAWeekendOff() async {
        let kinds: [Period.Kind] = [.month, .quarter, .halfYear]
        await propertyCheck(input: Gen.int(in: 0..<3), Gen.int(in: 0...36), Gen.int(in: 0...20)) { k, offset, n in
            let period = Period.containing(CivilDate(2024, 1, 1), kind: kinds[k]).offset(by: offset % (k == 0 ? 36 : k == 1 ? 12 : 6))

            let due = DueRule.workingDaysAfterPeriodEnd(n).dueDate(for: period, calendar: Self.calendar)

            #expect(Self.calendar.isWorkingDay(due))
            #expect(Self.calendar.holiday(on: due) == nil)
            #expect(due > period.end || (n == 0 && due >= period.end))
        }
    }

    @Test func aReportIsNeverBothExpectedAndBeforeItsStart() async {
        let plan = ReportingPlan(id: 3, name: "示范区工作动态", reportType: "work_update", periodKind: .month,
                                 appliesTo: UnitSelector(flags: [.demoZone]), dueRule: .dayOfNextMonth(5), startsWith: .month(2024, 3))
        await propertyCheck(input: Gen.int(in: 0...1500), Gen.int(in: 0...1500), Gen.int(in: 0...48)) { established, creation, m in
            let unit = Unit(id: 2, parentID: 1, kind: .street, name: "城关街道", flags: [.demoZone],
                            establishedOn: CivilDate(2023, 1, 1).adding(days: established),
                            creationStartsOn: CivilDate(2023, 1, 1).adding(days: creation))
            let period = Period.month(2023, 1).offset(by: m)

            let expected = plan.expects(unit, for: period)

            let beforeAStart = period.start < unit.establishedOn! || period.start < unit.creationStartsOn! || period < plan.startsWith!
            #expect(!(expected && beforeAStart))
            #expect(expected || beforeAStart)
        }
    }
}
