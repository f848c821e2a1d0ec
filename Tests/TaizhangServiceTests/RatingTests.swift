import Testing
import TaizhangDomain
@testable import TaizhangService

@Suite("好差评")
struct RatingTests {
    static let rules = SF.rules.ratings
    static let done = SF.promised(accepted: CivilDate(2026, 4, 27), completed: CivilDate(2026, 4, 29))

    static func rating(_ level: String, id: Int = 1, on day: CivilDate = CivilDate(2026, 4, 29),
                       existing: [Rating] = []) throws -> Rating {
        try Rating.record(id: id, case: done, level: level, channel: "window_device", at: SF.at(day.year, day.month, day.day, 17),
                          comment: "", existing: existing, rules: rules)
    }

    @Test func oneRatingPerCaseFromAKnownLevelAndChannel() throws {
        let first = try Self.rating("satisfied")

        #expect(SF.refusal { _ = try Self.rating("satisfied", id: 2, existing: [first]) } == "already_rated")
        #expect(SF.refusal { _ = try Self.rating("great") } == "unknown_level")
        #expect(SF.refusal { _ = try Rating.record(id: 3, case: Self.done, level: "satisfied", channel: "fax", at: SF.at(2026, 5, 6),
                                                   comment: "", existing: [], rules: Self.rules) } == "unknown_channel")
    }

    /// Rated Wed 2026-04-29; 15 working days skip the 05-01…05-05 holiday and count Sat 05-09: due Fri 05-22.
    @Test func aBadRatingOpensAFixDueIn15WorkingDays() throws {
        let bad = try Self.rating("dissatisfied")

        let fix = try #require(RatingFix.opening(id: 1, for: bad, rules: Self.rules, table: SF.table))

        #expect(fix.deadline == CivilDate(2026, 5, 22))
        #expect(fix.status(asOf: CivilDate(2026, 5, 22)) == .open)
        #expect(fix.status(asOf: CivilDate(2026, 5, 23)) == .overdue)
        #expect(RatingFix.opening(id: 2, for: try Self.rating("basically_satisfied"), rules: Self.rules, table: SF.table) == nil)
    }

    @Test func aFixClosesOnlyWithMeasuresAndACallback() throws {
        var fix = try #require(RatingFix.opening(id: 1, for: try Self.rating("very_dissatisfied"), rules: Self.rules, table: SF.table))
        let rule = Self.rules.rectification

        #expect(SF.refusal { try fix.close(on: CivilDate(2026, 5, 6), rules: rule) } == "close_needs_measures")
        try fix.recordMeasures("对窗口人员进行服务规范再培训")
        #expect(SF.refusal { try fix.close(on: CivilDate(2026, 5, 6), rules: rule) } == "close_needs_callback")
        #expect(SF.refusal { try fix.addCallback(Callback(on: CivilDate(2026, 4, 28), by: "督查科", result: "已回访", satisfied: true)) } == "callback_date")
        try fix.addCallback(Callback(on: CivilDate(2026, 5, 6), by: "督查科", result: "群众表示满意", satisfied: true))
        try fix.close(on: CivilDate(2026, 5, 25), rules: rule)
        #expect(fix.status(asOf: CivilDate(2026, 6, 1)) == .closedLate)
    }

    @Test func withoutTheCallbackRuleMeasuresAreEnough() throws {
        var fix = try #require(RatingFix.opening(id: 1, for: try Self.rating("dissatisfied"), rules: Self.rules, table: SF.table))
        var rule = Self.rules.rectification
        rule.callbackRequired = false

        try fix.recordMeasures("已补正告知")
        try fix.close(on: CivilDate(2026, 5, 6), rules: rule)

        #expect(fix.status(asOf: CivilDate(2026, 5, 6)) == .closed)
    }

    /// 5 working days after Wed 04-29: 04-30, then past the holiday 05-06, 05-07, 05-08 and the make-up Saturday 05-09.
    @Test(arguments: [(CivilDate(2026, 5, 9), nil), (CivilDate(2026, 5, 11), "appeal_too_late")] as [(CivilDate, String?)])
    func anAppealOnlyAgainstABadRatingAndInTime(day: CivilDate, refusal: String?) throws {
        var bad = try Self.rating("dissatisfied")
        var good = try Self.rating("satisfied")

        #expect(SF.refusal { try bad.fileAppeal(on: day, by: "许文静", reason: "申请人对政策规定不满，非服务问题", rules: Self.rules, table: SF.table) } == refusal)
        #expect(SF.refusal { try good.fileAppeal(on: CivilDate(2026, 4, 30), by: "许文静", reason: "x", rules: Self.rules, table: SF.table) } == "not_bad")
    }

    @Test func anUpheldAppealTakesTheRatingOutAndVoidsTheFix() throws {
        var bad = try Self.rating("dissatisfied")
        var fix = try #require(RatingFix.opening(id: 1, for: bad, rules: Self.rules, table: SF.table))
        try bad.fileAppeal(on: CivilDate(2026, 4, 30), by: "许文静", reason: "误评", rules: Self.rules, table: SF.table)

        #expect(SF.refusal { try bad.decideAppeal(upheld: true, on: CivilDate(2026, 5, 6), by: "督查科", note: " ") } == "required")
        try bad.decideAppeal(upheld: true, on: CivilDate(2026, 5, 6), by: "督查科", note: "经核实为误评")
        fix.void()

        #expect(!bad.counts)
        #expect(fix.status(asOf: CivilDate(2026, 6, 1)) == .voided)
        #expect(SF.refusal { try bad.decideAppeal(upheld: false, on: CivilDate(2026, 5, 7), by: "", note: "x") } == "no_pending_appeal")
        let table = SatisfactionTable.compute([bad, try Self.rating("satisfied", id: 2)], period: .month(2026, 4), rules: Self.rules)
        #expect((table.total.counted, table.total.overturned, table.total.rate) == (1, 1, 100))
    }

    /// Completed Wed 04-29, 3 days: invited from Sat 05-02 on, unless rated or invited already.
    @Test func anUnratedCaseIsInvitedAutomaticallyAfterThreeDays() {
        let other = SF.promised(2, accepted: CivilDate(2026, 4, 27), completed: CivilDate(2026, 4, 29))
        let open = SF.promised(3, accepted: CivilDate(2026, 4, 27))
        let rule = Self.rules.autoInvitation

        #expect(AutoInvitations.due([Self.done, other, open], rated: [], invited: [], asOf: CivilDate(2026, 5, 1), rule: rule).isEmpty)
        #expect(AutoInvitations.due([Self.done, other, open], rated: [], invited: [], asOf: CivilDate(2026, 5, 2), rule: rule).map(\.id) == [1, 2])
        #expect(AutoInvitations.due([Self.done, other, open], rated: [1], invited: [2], asOf: CivilDate(2026, 5, 2), rule: rule).isEmpty)
    }
}
