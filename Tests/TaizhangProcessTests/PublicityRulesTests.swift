import Foundation
import Testing
import TaizhangDomain
@testable import TaizhangProcess

@Suite("Publicity rules: outlets by tier, windows, provisional scores, the base in acceptance")
struct PublicityRulesTests {
    static let info = ReportRecord(id: 1, unitID: 2, planID: 3, period: .month(2025, 3), firstSubmittedAt: PF.beijing(2025, 4, 3, 10))

    @Test func anOutletListedInOneTierCannotBeRecordedInAnother() {
        let a = PF.adoption(1, outlet: "人民日报内参", tier: "websites", CivilDate(2025, 4, 10))

        let codes = a.refusals(information: Self.info, rules: PF.rules.publicity, bySupervisor: true).map(\.code)

        #expect(codes == ["tier_mismatch"])
    }

    @Test func aStoredAdoptionScoresItsOutletsListedTier() {
        let a = PF.adoption(1, outlet: "人民日报内参", tier: "websites", CivilDate(2025, 4, 10))

        let s = PublicityScorer.score(PF.zone, window: PF.h1, plans: PF.plans, reports: [], adoptions: [a], rules: PF.rules, now: PF.later)

        #expect(s.lines.map(\.points) == [50])
        #expect(s.lines.map(\.tier) == ["central_internal"])
    }

    @Test func anUnlistedOutletNeedsASupervisorsChoiceWithAReason() {
        var a = PF.adoption(1, outlet: "某某文化公众号", tier: "ministry_info_same_level", CivilDate(2025, 4, 10))
        let byLiaison = a.refusals(information: Self.info, rules: PF.rules.publicity, bySupervisor: false).map(\.code)
        let withoutReason = a.refusals(information: Self.info, rules: PF.rules.publicity, bySupervisor: true).map(\.code)
        a.tierReason = "区级融媒体中心官方账号，按同级媒体计"

        let chosen = a.refusals(information: Self.info, rules: PF.rules.publicity, bySupervisor: true)

        #expect(byLiaison == ["unlisted_outlet"])
        #expect(withoutReason == ["unlisted_outlet"])
        #expect(chosen.isEmpty)
    }

    @Test func outletsMatchWithoutBookTitleMarks() {
        let a = PF.adoption(1, outlet: "《求是》", tier: "central_internal", CivilDate(2025, 4, 10))

        #expect(a.refusals(information: Self.info, rules: PF.rules.publicity).isEmpty)
    }

    @Test func aWindowStillRunningIsProvisional() {
        let window = ScoringPeriod.half(.half(2026, 2))
        let running = PublicityScorer.score(PF.zone, window: window, plans: PF.plans, reports: [], adoptions: [], rules: PF.rules,
                                            now: PF.beijing(2026, 12, 5, 10))
        let ended = PublicityScorer.score(PF.zone, window: PF.h1, plans: PF.plans, reports: PF.onTimeReports(PF.zone, PF.h1),
                                          adoptions: [], rules: PF.rules, now: PF.later)

        #expect(running.provisional)
        #expect(!ended.provisional)
    }

    @Test(arguments: ["garbage", "2025H3", "2025Q1", "2025-2027", "2025-", ""])
    func aMalformedWindowIsRefused(code: String) {
        #expect(PF.refusal { _ = try ScoringPeriod.parse(code, cycleYears: 2) } == "invalid_window")
    }

    @Test(arguments: [("2025h1", "2025H1"), ("2025-2026", "2025-2026")])
    func wellFormedWindows(code: String, parsed: String) throws {
        #expect(try ScoringPeriod.parse(code, cycleYears: 2).code == parsed)
    }

    @Test func theBaseStillCountsInAcceptanceWhenAdoptionsReachFullMarks() {
        let many = (1...4).map { PF.adoption($0, info: $0, outlet: "新华社内参", tier: "central_internal", CivilDate(2025, 4, 10 + $0)) }
        let withBase = PublicityScorer.score(PF.zone, window: PF.h1, plans: PF.plans, reports: PF.onTimeReports(PF.zone, PF.h1),
                                             adoptions: many, rules: PF.rules, now: PF.later)
        let withoutBase = PublicityScorer.score(PF.zone, window: PF.h1, plans: PF.plans, reports: [], adoptions: many,
                                                rules: PF.rules, now: PF.later)

        let a = AcceptanceEvaluator.evaluate(unitID: 2, checks: [], publicity: [withBase], inputs: [:], rules: PF.rules)
        let b = AcceptanceEvaluator.evaluate(unitID: 2, checks: [], publicity: [withoutBase], inputs: [:], rules: PF.rules)

        #expect(withBase.base == 50 && withoutBase.base == 0)
        #expect(a.parts.first { $0.code == "publicity" }?.raw == 100)
        #expect(b.parts.first { $0.code == "publicity" }?.raw == 50)
    }
}

@Suite("Half-year reports and rectification deadlines")
struct ProcessWordsAndDatesTests {
    static let fundRule = PF.rules.halfYearReport(.fundUsage)!

    @Test func aHalfYearReportTitleSaysHalfYearOnce() {
        #expect(Self.fundRule.title(for: .half(2025, 1)) == "2025年上半年经费使用情况报告")
        #expect(Self.fundRule.titleEn(for: .half(2025, 1)) == "H1 2025 fund usage report")
    }

    @Test func theSecondHalfYearsReportWaitsForTheHalfYearToEnd() {
        let early = Self.fundRule.filingRefusal(period: .half(2026, 2), on: CivilDate(2026, 12, 5))
        let after = Self.fundRule.filingRefusal(period: .half(2026, 2), on: CivilDate(2027, 1, 3))
        var relaxed = Self.fundRule
        relaxed.fileAfterPeriodEnd = false

        #expect(early?.code == "period_not_ended")
        #expect(after == nil)
        #expect(relaxed.filingRefusal(period: .half(2026, 2), on: CivilDate(2026, 12, 5)) == nil)
    }

    @Test func aRectificationDeadlineAlreadyPastIsRefused() {
        let past = RectificationItem.deadlineRefusal(CivilDate(2026, 12, 4), today: CivilDate(2026, 12, 5))
        let today = RectificationItem.deadlineRefusal(CivilDate(2026, 12, 5), today: CivilDate(2026, 12, 5))

        #expect(past?.code == "deadline_past" && past?.field == "deadline")
        #expect(today == nil)
    }

    @Test func errorFieldsAreSnakeCase() {
        let e = Expenditure(id: 1, unitID: 2, planID: 9, lineID: nil, amount: 100, date: CivilDate(2025, 4, 1), source: .central, description: "x")

        let fields = Earmark.refusals(e, plan: PF.plan, existing: [], rules: PF.rules.funds).compactMap(\.field)

        #expect(fields == ["plan_id"])
    }
}
