import Foundation
import TaizhangDomain

/// Builds the demo's process records from the demo dataset (deterministic: the same
/// dataset and rules always give the same records; no system randomness).
///
///     let demo = try DemoDataset.make(today: today)
///     let process = try ProcessDemo.make(demo, rules: .defaults())
public enum ProcessDemo {
    /// The town treated as a second demonstration project, the one the veto catches.
    public static let vetoedUnitName = "白石镇"

    public static func make(_ demo: DemoData, rules: ProcessRuleSet) throws -> ProcessDemoData {
        guard let zone = demo.units.first(where: { CreationKind.of($0) == .zone }),
              let project = demo.units.first(where: { CreationKind.of($0) == .project }),
              let vetoed = demo.units.first(where: { $0.name == vetoedUnitName }) else {
            throw DomainError("demo_units", zh: "演示数据缺少示范区、示范项目或\(vetoedUnitName)", en: "The demo lacks the zone, the project or \(vetoedUnitName)")
        }
        // The cycle began when the demo dataset says the zone's creation did (1 January last year).
        let start = zone.creationStartsOn?.year ?? DemoDataset.creationStart(today: demo.today).year
        let creations = [Creation(unitID: zone.id, kind: .zone, startYear: start),
                         Creation(unitID: project.id, kind: .project, startYear: start),
                         Creation(unitID: vetoed.id, kind: .project, startYear: start)]
        let b = ProcessDemoBuilder(demo: demo, rules: rules, creations: creations, vetoedUnitID: vetoed.id)
        return try b.build()
    }
}

/// Shared state of the demo's generators (each in its own `ProcessDemoBuilder+…` file).
struct ProcessDemoBuilder {
    var demo: DemoData
    var rules: ProcessRuleSet
    var creations: [Creation]
    var vetoedUnitID: Int
    var today: CivilDate { demo.today }
    var startYear: Int { creations[0].startYear }
    /// The years of the cycle that have begun.
    var years: [Int] { (startYear..<startYear + rules.cycleYears).filter { $0 <= today.year } }
    var halves: [Period] { creations[0].halfYears(years: rules.cycleYears) }

    func name(_ unitID: Int) -> String { demo.units.first { $0.id == unitID }?.name ?? "\(unitID)" }

    /// The display name of a demo login (e.g. the township's liaison), or `fallback`.
    func person(_ username: String, _ fallback: String) -> String {
        demo.users.first { $0.username == username }?.displayName ?? fallback
    }

    func reports() -> [ReportRecord] {
        let plans = Dictionary(demo.plans.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return demo.submissions.enumerated().map { i, s in
            ReportRecord(id: i + 1, unitID: s.unitID, planID: s.planID, period: s.period,
                         title: "\(s.period.chineseLabel)\(plans[s.planID] ?? "")", firstSubmittedAt: s.firstSubmittedAt)
        }
    }

    func build() throws -> ProcessDemoData {
        let reports = reports()
        let (plans, expenditures) = funds()
        let halfYear = halfYearReports()
        let (inspections, found) = try supervision()
        let items = try found + selfInspectionItems(halfYear, firstID: found.count + 1)
        return ProcessDemoData(today: today, creations: creations, vetoedUnitID: vetoedUnitID, reports: reports,
                               groups: groups(), liaisons: try liaisons(), liaisonMeetings: liaisonMeetings(),
                               fundPlans: plans, expenditures: expenditures, halfYearReports: halfYear, inspections: inspections,
                               rectifications: items, adoptions: adoptions(reports), siteVisits: siteVisits(),
                               indicatorInputs: indicatorInputs())
    }
}
