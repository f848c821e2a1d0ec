import Testing
import TaizhangDomain
@testable import TaizhangService

@Suite("Rates")
struct RateTableTests {
    static let june = Period.month(2026, 6)

    /// Five cases of June 2026 in two departments, evaluated on 2026-06-30.
    static let cases = [
        SF.promised(1, accepted: CivilDate(2026, 6, 1), completed: CivilDate(2026, 6, 2), statutory: 20, promised: 3),  // 1 day used
        SF.promised(2, accepted: CivilDate(2026, 6, 1), completed: CivilDate(2026, 6, 8), statutory: 20, promised: 3),  // 5 used, late
        SF.promised(3, accepted: CivilDate(2026, 6, 10), completed: CivilDate(2026, 6, 10), statutory: 10, promised: 2, dept: 11, window: 101), // 0 used
        SF.promised(4, accepted: CivilDate(2026, 6, 22), statutory: 20, promised: 3, dept: 11, window: 101),           // open, red on 06-30
        SF.promised(5, accepted: CivilDate(2026, 5, 25), completed: CivilDate(2026, 6, 3), statutory: 20, promised: 10), // accepted in May
    ]

    static func table(_ period: Period = june, asOf: CivilDate = CivilDate(2026, 6, 30)) -> RateTable {
        let evaluations = cases.map { SF.evaluator.evaluate($0, asOf: asOf) }
        return RateTable.compute(cases, evaluations, period: period, asOf: asOf)
    }

    @Test func completionAndOnTimeRatesShowTheirParts() {
        let t = Self.table().total

        #expect((t.accepted, t.acceptedCompleted) == (4, 3))
        #expect(t.completionRate == 75)
        #expect((t.completed, t.completedInTime) == (4, 3))
        #expect(t.onTimeRate == 75)
        #expect((t.open, t.red, t.redDueInPeriod) == (1, 1, 1))
        #expect(t.abnormal == 2)
        #expect(t.overdue == 2)
    }

    /// (20−1)/20, (20−5)/20, (10−0)/10 and (20−7)/20 over the four promised cases completed in June.
    @Test func speedUpIsTheMeanOfEachCasesSavingOnTheStatutoryLimit() {
        let t = Self.table().total
        let expected = (19.0 / 20 + 15.0 / 20 + 10.0 / 10 + 13.0 / 20) / 4 * 100
        let promised = (17.0 / 20 + 17.0 / 20 + 8.0 / 10 + 10.0 / 20) / 4 * 100

        #expect(t.promisedCompleted == 4)
        #expect(abs(t.speedUpRate! - expected) < 1e-9)
        #expect(abs(t.promisedSpeedUpRate! - promised) < 1e-9)
    }

    @Test func perDepartmentAndWindowTheCountsAddUpToTheCentre() {
        let t = Self.table()

        #expect(t.byDepartment.keys.sorted() == [10, 11])
        #expect(t.byDepartment[11]?.accepted == 2)
        #expect(t.byWindow[101]?.onTimeRate == 100)
        var sum = RateCounts()
        t.byDepartment.values.forEach { sum.merge($0) }
        #expect(sum == t.total)
    }

    /// Mid-period the cut-off is the evaluation day: cases 1 and 5 are done by 06-05, case 2
    /// (done 06-08) is not; cases 3 and 4 are not accepted yet.
    @Test func aPeriodStillRunningIsCutOffAtTheEvaluationDay() {
        let t = Self.table(.half(2026, 1), asOf: CivilDate(2026, 6, 5)).total

        #expect(t.completed == 2)
        #expect((t.accepted, t.acceptedCompleted) == (3, 2))
    }

    /// May read on 06-30: case 5 (accepted 05-25, done 06-03) counts as completed for 办结率
    /// (截至统计日) but not as completed in May.
    @Test func completionIsJudgedOnTheDayOfTheFigures() {
        let t = Self.table(.month(2026, 5)).total

        #expect((t.accepted, t.acceptedCompleted, t.completed) == (1, 1, 0))
        #expect(t.completionRate == 100 && t.onTimeRate == nil)
    }

    @Test func everyRateCarriesItsWrittenDefinition() {
        let figures = Self.table().total.figures(SF.rules)

        #expect(figures.map(\.definition.code) == [.completion, .onTime, .speedUp, .promisedSpeedUp])
        #expect(figures[2].definition.definitionZh.contains("（法定时限 − 实际用时）÷ 法定时限"))
        #expect(figures[2].definition.definitionZh.contains("未查到全国统一的计算口径"))
        #expect(figures[0].numerator == 3 && figures[0].denominator == 4)
    }

    @Test func noCasesNoRates() {
        let t = RateTable.compute([], [], period: Self.june, asOf: CivilDate(2026, 6, 30)).total

        #expect(t.completionRate == nil && t.onTimeRate == nil && t.speedUpRate == nil)
    }
}
