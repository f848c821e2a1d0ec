import Testing
import TaizhangDomain
@testable import TaizhangService

@Suite("Case status")
struct CaseEvaluatorTests {
    /// Accepted Mon 2026-06-01 with 3 promised working days: due Thu 06-04.
    static let accepted = CivilDate(2026, 6, 1)

    @Test(arguments: [(CivilDate(2026, 6, 1), CaseStatus.inTime, 3), (CivilDate(2026, 6, 2), .inTime, 2),
                      (CivilDate(2026, 6, 3), .yellow, 1), (CivilDate(2026, 6, 4), .yellow, 0),
                      (CivilDate(2026, 6, 5), .red, -1), (CivilDate(2026, 6, 8), .red, -2)])
    func yellowAndRedAtTheEdges(day: CivilDate, status: CaseStatus, left: Int) {
        let c = SF.promised(accepted: Self.accepted)

        let e = SF.evaluator.evaluate(c, asOf: day)

        #expect(e.deadline == CivilDate(2026, 6, 4))
        #expect(e.status == status)
        #expect(e.daysLeft == left)
        #expect(e.isAbnormal == (status == .red))
    }

    @Test func theYellowThresholdIsData() {
        var rules = SF.rules.cases
        rules.yellowWorkingDays = 2
        let evaluator = CaseEvaluator(rules: rules, table: SF.table)

        let e = evaluator.evaluate(SF.promised(accepted: Self.accepted), asOf: CivilDate(2026, 6, 2))

        #expect(e.status == .yellow)
    }

    @Test(arguments: [(CivilDate(2026, 6, 4), CaseStatus.completedInTime), (CivilDate(2026, 6, 5), .completedLate)])
    func completedInOrOverTime(done: CivilDate, status: CaseStatus) {
        let c = SF.promised(accepted: Self.accepted, completed: done)

        let e = SF.evaluator.evaluate(c, asOf: CivilDate(2026, 7, 1))

        #expect(e.status == status)
        #expect(e.daysLeft == nil)
        #expect(e.abnormalities.contains(.overdue) == (status == .completedLate))
    }

    /// The case is done in 3 of its 3 days, but its review step took 2 against a limit of 1.
    @Test func aStepOverrunMakesAnInTimeCaseAbnormal() {
        let steps = [SF.step("accept", limit: 0, CivilDate(2026, 6, 1), CivilDate(2026, 6, 1)),
                     SF.step("review", limit: 1, CivilDate(2026, 6, 1), CivilDate(2026, 6, 3)),
                     SF.step("decide", limit: 1, CivilDate(2026, 6, 3), CivilDate(2026, 6, 4))]
        let c = SF.promised(accepted: Self.accepted, completed: CivilDate(2026, 6, 4), steps: steps)

        let e = SF.evaluator.evaluate(c, asOf: CivilDate(2026, 7, 1))

        #expect(e.status == .completedInTime)
        #expect(e.abnormalities.list == [.stepOverrun])
        #expect(e.stepOverruns == [StepOverrun(code: "review", name: "review", limitDays: 1, usedDays: 2, open: false)])
    }

    /// Accepted Thu 2026-04-30 with 3 days: the five-day holiday does not count, due Fri 05-08.
    @Test func holidaysInsideTheLimitPushTheDeadline() {
        let c = SF.promised(accepted: CivilDate(2026, 4, 30))

        let onTheLastHoliday = SF.evaluator.evaluate(c, asOf: CivilDate(2026, 5, 5))
        let onTheDeadline = SF.evaluator.evaluate(c, asOf: CivilDate(2026, 5, 8))

        #expect(onTheLastHoliday.deadline == CivilDate(2026, 5, 8))
        #expect(onTheLastHoliday.status == .inTime)
        #expect(onTheLastHoliday.daysLeft == 3)
        #expect(onTheDeadline.status == .yellow)
    }

    @Test func theStatutoryBasisWatchesTheLongerLimit() {
        var rules = SF.rules.cases
        rules.warningBasis = .statutory
        let c = SF.promised(accepted: Self.accepted, statutory: 7, promised: 3)

        let e = CaseEvaluator(rules: rules, table: SF.table).evaluate(c, asOf: CivilDate(2026, 6, 5))

        #expect(e.status == .inTime)
        #expect(e.deadline == CivilDate(2026, 6, 10))
    }

    @Test func aRefusalNeedsAReason() {
        let bare = SF.promised(accepted: Self.accepted, completed: Self.accepted, outcome: .refused)
        let explained = SF.promised(accepted: Self.accepted, completed: Self.accepted, outcome: .refused, reason: "材料不齐")

        #expect(SF.evaluator.evaluate(bare, asOf: Self.accepted).abnormalities.list == [.refusalWithoutReason])
        #expect(SF.evaluator.evaluate(explained, asOf: Self.accepted).abnormalities.isEmpty)
    }

    @Test func aSwitchedOffAbnormalityIsNotFlagged() {
        var rules = SF.rules.cases
        rules.abnormalities = rules.abnormalities.map { var a = $0; a.enabled = a.code != "overdue"; return a }
        let late = SF.promised(accepted: Self.accepted, completed: CivilDate(2026, 6, 10))

        let e = CaseEvaluator(rules: rules, table: SF.table).evaluate(late, asOf: CivilDate(2026, 7, 1))

        #expect(e.status == .completedLate)
        #expect(!e.isAbnormal)
    }

    /// An immediate case (0 days) is due the same day; finishing the next day is late.
    @Test func anImmediateCaseIsDueTheSameDay() {
        let sameDay = SF.promised(accepted: Self.accepted, completed: Self.accepted, statutory: 0, promised: 0)
        let nextDay = SF.promised(accepted: Self.accepted, completed: CivilDate(2026, 6, 2), statutory: 0, promised: 0)

        #expect(SF.evaluator.evaluate(sameDay, asOf: Self.accepted).status == .completedInTime)
        #expect(SF.evaluator.evaluate(nextDay, asOf: CivilDate(2026, 6, 2)).status == .completedLate)
    }
}
