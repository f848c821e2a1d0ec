import Foundation
import Testing
import TaizhangDomain
@testable import TaizhangProcess

@Suite("Publicity score")
struct PublicityTests {
    static func score(_ reports: [ReportRecord], _ adoptions: [MediaAdoption] = [], window: ScoringPeriod = PF.h1,
                      creation: Creation = PF.zone, rules: ProcessRuleSet = PF.rules, now: Date = PF.later) -> PublicityScore {
        PublicityScorer.score(creation, window: window, plans: PF.plans, reports: reports, adoptions: adoptions, rules: rules, now: now)
    }

    static let onTime = PF.onTimeReports(PF.zone, PF.h1)

    /// 2025H1 of a zone whose creation began on 1 January 2025: monthly updates for January…May
    /// due 5 Feb…5 Jun (5) and three quarterly reports for 2025Q1 due 10 Apr (3). December 2024
    /// and 2024Q4 are due in the window too, but no report was expected before the creation began.
    @Test func reportsDueInTheWindowAreTheOnesChecked() {
        let s = Self.score(Self.onTime)

        #expect(s.reports.count == 8)
        #expect(s.reports.first?.period == .month(2025, 1) && s.reports.last?.period == .month(2025, 5))
        #expect(s.base == 50 && s.baseReasons.isEmpty && s.total == 50 && !s.provisional)
    }

    /// SPEC §4.6 base; the April update is due 5 May: on time until the end of that day in Beijing.
    @Test(arguments: [(PF.beijing(2025, 5, 5, 23, 59), 50), (PF.beijing(2025, 5, 6, 0, 1), 0)])
    func dueDayCountsAMinuteAfterDoesNot(submittedAt: Date, base: Int) throws {
        var reports = Self.onTime
        let i = try #require(reports.firstIndex { $0.planID == 3 && $0.period == .month(2025, 4) })
        reports[i].firstSubmittedAt = submittedAt

        let s = Self.score(reports)

        #expect(s.base == base)
        #expect(s.baseReasons.map(\.zh) == (base == 0 ? ["2025年4月示范区工作动态迟报（应于2025年5月5日前报送）"] : []))
    }

    @Test func aMissingReportLosesTheBaseAndOneNotYetDueDoesNot() {
        let missing = Self.score(Array(Self.onTime.dropLast()))
        let early = Self.score(Array(Self.onTime.dropLast()), now: PF.beijing(2025, 6, 5, 12))

        #expect(missing.base == 0 && missing.baseReasons.map(\.code) == ["report_missing"])
        #expect(early.base == 50 && early.provisional)
    }

    /// SPEC §4.6 tiers, one band each.
    @Test(arguments: [("central_internal", 50), ("central_media", 40), ("ministry_bulletin_provincial", 30),
                      ("ministry_info_same_level", 20), ("websites", 10)])
    func tierBands(tier: String, points: Int) {
        let s = Self.score(Self.onTime, [PF.adoption(1, tier: tier, CivilDate(2025, 3, 1))])

        #expect(s.lines.map(\.points) == [points])
        #expect(s.total == 50 + points)
    }

    /// Each adoption scores: one item taken by two outlets of different tiers counts twice;
    /// the same outlet recorded twice counts once; an unknown tier is left out with the reason.
    @Test func adoptionsOfOneItem() {
        let s = Self.score(Self.onTime, [PF.adoption(1, outlet: "人民日报", tier: "central_media", CivilDate(2025, 3, 1)),
                                         PF.adoption(2, outlet: "浙江日报", tier: "ministry_bulletin_provincial", CivilDate(2025, 3, 2)),
                                         PF.adoption(3, outlet: "浙江 日报", tier: "ministry_bulletin_provincial", CivilDate(2025, 3, 3)),
                                         PF.adoption(4, tier: "tv_show", CivilDate(2025, 3, 4))])

        #expect(s.lines.map(\.adoptionID) == [1, 2])
        #expect(s.adoptionPoints == 70 && s.total == 120)
        #expect(s.ignored.map(\.reason.code) == ["duplicate_adoption", "unknown_tier"])
    }

    /// An adoption recorded after the score was stored: dated inside the window it raises the
    /// recomputed score; dated after the window it belongs to the next half-year (count reset).
    @Test func adoptionRecordedAfterScoring() {
        let first = [PF.adoption(1, tier: "websites", CivilDate(2025, 2, 1))]
        let stored = Self.score(Self.onTime, first)
        let lateInside = first + [PF.adoption(2, info: 2, tier: "central_media", CivilDate(2025, 6, 30))]
        let lateOutside = first + [PF.adoption(3, info: 2, tier: "central_media", CivilDate(2025, 7, 1))]

        #expect(stored.total == 60)
        #expect(Self.score(Self.onTime, lateInside).total == 100)
        #expect(Self.score(Self.onTime, lateOutside) == stored)
        #expect(Self.score([], lateOutside, window: .half(.half(2025, 2))).adoptionPoints == 40)
    }

    @Test func anAdminsTierPointsChangeTheScore() {
        let rules = PF.modified { $0.publicity.tiers[4].points = 15; $0.publicity.base.points = 40 }

        #expect(Self.score(Self.onTime, [PF.adoption(1, tier: "websites", CivilDate(2025, 3, 1))], rules: rules).total == 55)
    }

    @Test func withoutResetAZoneCountsFromTheCycleStart() {
        let rules = PF.modified { $0.kinds.zone.resetsAfterScoring = false }
        let a = [PF.adoption(1, tier: "websites", CivilDate(2025, 3, 1)), PF.adoption(2, info: 2, tier: "websites", CivilDate(2025, 9, 1))]

        #expect(Self.score([], a, window: .half(.half(2025, 2)), rules: rules).adoptionPoints == 20)
        #expect(Self.score([], a, window: .half(.half(2025, 2))).adoptionPoints == 10)
    }

    /// SPEC §4.6 cadence: zones per half-year, projects once per two-year cycle.
    @Test(arguments: [(PF.zone, ["2025H1", "2025H2", "2026H1"]), (PF.project, ["2025-2026"])])
    func scoringWindows(creation: Creation, codes: [String]) {
        #expect(PublicityScorer.windows(for: creation, rules: PF.rules, through: CivilDate(2026, 5, 1)).map(\.code) == codes)
    }

    @Test func aProjectIsScoredOverItsCycle() {
        let cycle = PF.project.cycle(years: 2)
        let s = Self.score(PF.onTimeReports(PF.project, cycle), [PF.adoption(1, tier: "websites", CivilDate(2026, 12, 31), unit: 5)],
                           window: cycle, creation: PF.project)

        // Quarterly updates 2025Q1…2026Q3 (7) and three half-yearly reports for 2025H1…2026H1 (9):
        // 2024Q4 and 2024H2 fall due in the cycle but precede the creation, so none is expected.
        #expect(s.reports.count == 16 && cycle.chineseLabel == "2025—2026年创建周期")
        #expect(s.total == 60)
    }

    @Test func anAdoptionMustReferToTheUnitsSubmittedInformation() {
        let info = Self.onTime[0]
        let ok = PF.adoption(1, tier: "websites", CivilDate(2025, 2, 9))

        #expect(ok.refusals(information: info, rules: PF.rules.publicity).isEmpty)
        #expect(PF.adoption(2, tier: "x", CivilDate(2025, 1, 1)).refusals(information: info, rules: PF.rules.publicity).map(\.code)
                == ["unknown_tier", "adopted_before_submitted"])
        #expect(ok.refusals(information: nil, rules: PF.rules.publicity).map(\.code) == ["not_submitted_information"])
    }
}
