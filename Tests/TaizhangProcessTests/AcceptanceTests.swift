import Foundation
import Testing
import TaizhangDomain
@testable import TaizhangProcess

@Suite("Acceptance")
struct AcceptanceTests {
    static let asOf = CivilDate(2027, 1, 20)
    static let creation = Creation(unitID: 2, kind: .zone, startYear: 2025)
    static let halves = creation.halfYears(years: 2)

    /// A dossier meeting every requirement of the default rule set.
    static func complete() -> ProcessDossier {
        let members = [GroupMember(name: "张", role: .leader, department: "街道党工委")]
        let meetings = [2025, 2026].map { GroupMeeting(id: $0, kind: .regular, date: CivilDate($0, 1, 10), topic: "", attendees: ["张"], minutes: Minutes(text: "纪要")) }
        let reports = HalfYearReportKind.allCases.flatMap { kind in
            halves.map { HalfYearReport(id: $0.index, unitID: 2, kind: kind, period: $0, filedOn: $0.end.adding(days: 5), copiesTo: [], summary: "") }
        }
        let cycle = creation.cycle(years: 2)
        return ProcessDossier(creation: creation, group: LeadingGroup(id: 1, unitID: 2, name: "", office: "文化站", members: members, meetings: meetings),
                              liaisons: LiaisonRoster([Liaison(id: 1, unitID: 2, name: "陈", post: "", from: CivilDate(2025, 1, 1))]),
                              fundPlan: PF.plan, expenditures: [PF.spend(1, line: 1, 90_000)], halfYearReports: reports,
                              reports: PF.onTimeReports(creation, cycle))
    }

    static func checks(_ d: ProcessDossier, rules: ProcessRuleSet = PF.rules) -> [RequirementCheck] {
        ProcessCompliance.evaluate(d, plans: PF.plans, rules: rules, asOf: asOf)
    }

    static func evaluate(_ d: ProcessDossier, publicity: Int = 150, rules: ProcessRuleSet = PF.rules) -> AcceptanceResult {
        let score = PublicityScore(unitID: 2, kind: .zone, window: PF.h1, base: 50, reports: [], lines: [], ignored: [], total: publicity)
        return AcceptanceEvaluator.evaluate(unitID: 2, checks: checks(d, rules: rules), publicity: [score],
                                            inputs: ["facility_network": 90, "service_effectiveness": 80], rules: rules)
    }

    @Test func aCompleteDossierPassesWithTheWeightedTotal() {
        let r = Self.evaluate(Self.complete())

        #expect(r.checks.filter { !$0.passed }.map(\.requirement.code) == [])
        #expect(r.parts.map(\.weighted) == [20, 30, 22.5, 20])
        #expect(r.parts[0].raw == 100 && r.parts[0].note.contains("按满分"))
        #expect(r.total == 92.5 && r.passed && !r.vetoed)
    }

    /// SPEC §4.7 一票否决: missing a liaison, a half-year report, or spending outside the plan fails outright, naming each failure.
    @Test func theVetoOverridesAHighScore() {
        var d = Self.complete()
        d.liaisons = LiaisonRoster()
        d.halfYearReports.removeAll { $0.kind == .selfInspection && $0.period == .half(2026, 2) }
        d.expenditures.append(PF.spend(2, line: nil, 5_000, .central, CivilDate(2026, 3, 1)))

        let r = Self.evaluate(d)

        #expect(r.total == 82.5 && r.total > r.threshold)
        #expect(r.vetoed && !r.passed)
        #expect(r.failedRequirements.map(\.requirement.code) == ["liaison", "expenditures_in_plan", "self_inspection_reports"])
        #expect(r.failedRequirements[2].reasons.map(\.zh) == ["缺2026年下半年自查报告（应于2027年1月15日前报送）"])
        #expect(r.verdict.zh.hasPrefix("一票否决：确定一名联络员；专款专用"))
    }

    @Test func anAdminCanSwitchAVetoOff() {
        var d = Self.complete()
        d.liaisons = LiaisonRoster()
        let rules = PF.modified { r in r.requirements[r.requirements.firstIndex { $0.code == "liaison" }!].veto = false }

        let r = Self.evaluate(d, rules: rules)

        #expect(!r.vetoed && r.passed && r.total == 89.17)
        #expect(r.checks.first { $0.requirement.code == "liaison" }?.passed == false)
    }

    @Test func belowTheThresholdFailsWithoutAVeto() {
        let r = Self.evaluate(Self.complete(), publicity: 0, rules: PF.modified { $0.acceptance.passThreshold = 80 })

        #expect(r.total == 72.5 && !r.vetoed && !r.passed && r.verdict.code == "below_threshold")
    }

    @Test(arguments: [
        ("leading_group", "no_leading_group"), ("group_meetings", "no_leading_group"), ("fund_plan", "no_fund_plan"),
        ("half_year_fund_reports", "missing_fund_usage"), ("rectification", "rectification_overdue"), ("information_reports", "report_missing"),
    ])
    func eachRequirementFailsOnItsOwn(code: String, reason: String) {
        var d = Self.complete()
        switch code {
        case "leading_group", "group_meetings": d.group = nil
        case "fund_plan": d.fundPlan = nil
        case "half_year_fund_reports": d.halfYearReports.removeAll { $0.kind == .fundUsage && $0.period == .half(2025, 1) }
        case "rectification": d.rectifications = [RectificationItem(id: 1, unitID: 2, finding: "", source: FindingSource(.inspection, id: 1), owner: "", deadline: CivilDate(2026, 1, 1))]
        default: d.reports.removeFirst()
        }

        let failed = Self.checks(d).filter { !$0.passed }

        #expect(failed.map(\.requirement.code).contains(code))
        #expect(failed.first { $0.requirement.code == code }?.reasons.first?.code == reason)
    }
}
