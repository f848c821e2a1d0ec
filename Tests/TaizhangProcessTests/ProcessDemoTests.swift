import Foundation
import Testing
import TaizhangDomain
@testable import TaizhangProcess

/// Builds each demo once for all tests.
enum DemoProcessFixture {
    static let dates = [CivilDate(2026, 11, 21), CivilDate(2026, 1, 8)]
    private static let built: [CivilDate: Result<(DemoData, ProcessDemoData), any Error>] = Dictionary(uniqueKeysWithValues: dates.map { d in
        (d, Result { let demo = try DemoDataset.make(today: d); return (demo, try ProcessDemo.make(demo, rules: PF.rules)) })
    })
    static func data(_ today: CivilDate) throws -> (DemoData, ProcessDemoData) { try built[today]!.get() }

    static func acceptance(_ demo: DemoData, _ p: ProcessDemoData, unit: Int) throws -> AcceptanceResult {
        let dossier = try #require(p.dossier(unit))
        let checks = ProcessCompliance.evaluate(dossier, plans: demo.plans, rules: PF.rules, asOf: p.today)
        let scores = PublicityScorer.windows(for: dossier.creation, rules: PF.rules, through: p.today).map { w in
            PublicityScorer.score(dossier.creation, window: w, plans: demo.plans, reports: p.reports, adoptions: p.adoptions,
                                  rules: PF.rules, now: p.today.startInstant())
        }
        return AcceptanceEvaluator.evaluate(unitID: unit, checks: checks, publicity: scores, inputs: p.inputs(unit), rules: PF.rules)
    }
}

@Suite("Process demo")
struct ProcessDemoTests {
    @Test func deterministicAndNamesItsUnits() throws {
        let demo = try DemoDataset.make(today: CivilDate(2026, 11, 21))
        let (_, p) = try DemoProcessFixture.data(CivilDate(2026, 11, 21))

        #expect(try ProcessDemo.make(demo, rules: PF.rules) == p)
        #expect(p.creations.map(\.unitID) == [2, 5, 7] && p.vetoedUnitID == 7)
        #expect(p.creations.map(\.kind) == [.zone, .project, .project])
    }

    /// The zone and the project pass; 白石镇 is caught by the veto despite a good total.
    @Test(arguments: DemoProcessFixture.dates)
    func theVetoCatchesOneUnit(today: CivilDate) throws {
        let (demo, p) = try DemoProcessFixture.data(today)

        let zone = try DemoProcessFixture.acceptance(demo, p, unit: 2)
        let project = try DemoProcessFixture.acceptance(demo, p, unit: 5)
        let vetoed = try DemoProcessFixture.acceptance(demo, p, unit: 7)

        #expect(!zone.vetoed && zone.passed, "\(zone.checks.filter { !$0.passed })")
        #expect(!project.vetoed && project.passed, "\(project.checks.filter { !$0.passed })")
        #expect(vetoed.failedRequirements.map(\.requirement.code) == ["liaison", "expenditures_in_plan", "self_inspection_reports"])
        #expect(vetoed.total >= PF.rules.acceptance.passThreshold && !vetoed.passed, "\(vetoed.parts)")
    }

    @Test(arguments: DemoProcessFixture.dates)
    func recordsObeyTheRules(today: CivilDate) throws {
        let (_, p) = try DemoProcessFixture.data(today)

        for plan in p.fundPlans where plan.unitID != p.vetoedUnitID {
            let es = p.expenditures.filter { $0.planID == plan.id }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
            #expect(!es.isEmpty)
            for (i, e) in es.enumerated() {
                #expect(Earmark.refusals(e, plan: plan, existing: Array(es[..<i]), rules: PF.rules.funds).isEmpty)
            }
        }
        let byID = Dictionary(uniqueKeysWithValues: p.reports.map { ($0.id, $0) })
        #expect(p.adoptions.count >= 6)
        for a in p.adoptions { #expect(a.refusals(information: byID[a.informationID], rules: PF.rules.publicity).isEmpty) }
        #expect(p.liaisons.problem(unitID: 2, on: today) == nil && p.liaisons.problem(unitID: 7, on: today)?.code == "no_liaison")
        for v in p.siteVisits { #expect(RubricEvaluator.problems(v, template: PF.rules.rubrics[0]).isEmpty) }
        #expect(InspectionRules.warnings(unitID: 7, year: today.year, inspections: p.inspections, rules: PF.rules.supervision, asOf: today)
                .map(\.code) == ["no_inspection_planned"])
        #expect(p.rectifications.contains { $0.extensions.first?.decision?.approved == true })
        #expect(Set(p.rectifications.map(\.source.kind)) == [.inspection, .selfInspection])
        let rates = RectificationRate.perUnit(p.rectifications, asOf: today)
        #expect(rates.map(\.unitID) == [2, 5, 7] && rates.allSatisfy { $0.overdue == 0 })
        #expect(rates[2].closedOnTime == 0 && rates[0].closedOnTime == rates[0].closed)
    }

    @Test func projectMeetingsRotateBetweenTheProjects() throws {
        let (_, p) = try DemoProcessFixture.data(CivilDate(2026, 11, 21))

        let hosts = p.liaisonMeetings.filter { $0.kind == .project }.map(\.hostUnitID)

        #expect(hosts == [5, 7, 5])
        #expect(p.liaisonMeetings.filter { $0.kind == .zone }.map(\.period.code) == ["2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026Q1", "2026Q2", "2026Q3"])
    }

    @Test func zoneCircularAndFundReportFromTheDemo() throws {
        let (demo, p) = try DemoProcessFixture.data(CivilDate(2026, 11, 21))
        let plan = try #require(p.fundPlans.first { $0.unitID == 2 })

        let report = HalfYearFundReport.build(unitName: "城关街道", plan: plan, expenditures: p.expenditures, period: .half(2026, 1), rules: PF.rules)
        let scores = [5, 7].map { unit in
            PublicityScorer.score(p.creation(unit)!, window: p.creation(unit)!.cycle(years: 2), plans: demo.plans, reports: p.reports,
                                  adoptions: p.adoptions, rules: PF.rules, now: p.today.startInstant())
        }
        let rows = Circular.rank(scores, unitNames: [5: "沙门镇", 7: "白石镇"], rules: PF.rules.publicity)

        #expect(report.rows.count == 6 && report.outsidePlan.isEmpty)
        #expect(report.totals.spentToDate.central == report.totals.budget.central * 18 * 3 / 100)
        #expect(rows.count == 2 && rows[0].total >= rows[1].total && rows.allSatisfy { $0.adoptionPoints > 0 })
    }
}
