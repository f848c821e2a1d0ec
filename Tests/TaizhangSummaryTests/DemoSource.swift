import Foundation
import TaizhangDomain
import TaizhangProcess
import TaizhangSummary

/// The demo district as `SummarySource`s, assembled here straight from DemoDataset and
/// ProcessDemo the way the server's SummarySourceLoader assembles them from its tables
/// (through the same pure functions: ReportingFacts, RectificationFacts, SummaryDate,
/// CreationWorkSource). Entry ids are positions in `data.entries`, submission ids
/// positions in `data.submissions` (as ProcessDemo numbers its reports).
struct DemoSource {
    let data: DemoData
    let process: ProcessDemoData
    let rules: ProcessRuleSet
    let catalog: Catalog
    /// The day drafts are made (the demo is built for the same day).
    let today: CivilDate

    init(today: CivilDate = CivilDate(2024, 7, 3)) throws {
        self.today = today
        data = try DemoDataset.make(today: today)
        rules = try ProcessRuleSet.defaults()
        process = try ProcessDemo.make(data, rules: rules)
        catalog = try Catalog.publicCulture()
    }

    func unit(named name: String) -> TaizhangDomain.Unit { data.units.first { $0.name == name }! }

    var now: Date { today.adding(days: 1).startInstant().addingTimeInterval(-1) }

    func entries(units: Set<Int>, in period: Period, plannedIn window: Period? = nil) -> [SourceEntry] {
        data.entries.enumerated().compactMap { i, e in
            guard units.contains(e.unitID) else { return nil }
            let wanted = (period.contains(e.countsOn) && e.countsOn <= today) || (e.planned && window.map { $0.contains(e.countsOn) } == true)
            guard wanted else { return nil }
            return SourceEntry(id: i + 1, unitID: e.unitID, title: e.title, category: e.category, place: e.place,
                               countsOn: e.countsOn, values: e.values, planned: e.planned, evidenceCount: i % 3 == 0 ? 1 : 0)
        }
    }

    var firstSubmitted: ReportingFacts.FirstSubmitted {
        var out: ReportingFacts.FirstSubmitted = [:]
        for s in data.submissions { if let at = s.firstSubmittedAt { out[s.planID, default: [:]][s.unitID, default: [:]][s.period.code] = at } }
        return out
    }

    func source(_ unit: TaizhangDomain.Unit, period: Period, subtree: Bool) -> SummarySource {
        let tree = data.tree
        let units = subtree ? tree.subtree(of: unit.id) : [unit]
        let ids = Set(units.map(\.id))
        let children = subtree ? tree.children(of: unit.id).map {
            ChildUnit(id: $0.id, name: $0.name, unitIDs: Set(tree.subtree(of: $0.id).map(\.id)))
        } : []
        let writtenOn = SummaryDate.writtenOn(period: period, unit: unit, plans: data.plans, today: today)
        let targets = data.targets.enumerated().filter { $0.element.unitID == unit.id }.map {
            SourceTarget(id: $0.offset + 1, indicator: $0.element.indicatorCode, period: $0.element.period, value: $0.element.value)
        }
        let notes = data.notes.enumerated().filter { $0.element.unitID == unit.id && $0.element.period == period }
            .map { SourceNote(id: $0.offset + 1, text: $0.element.text) }
        let names = Dictionary(uniqueKeysWithValues: data.units.map { ($0.id, $0.name) })
        let items = process.rectifications.filter { ids.contains($0.unitID) }
        return SummarySource(
            unitID: unit.id, unitName: unit.name, unitKind: unit.kind, unitFlags: unit.flags, period: period, writtenOn: writtenOn,
            catalog: catalog, entries: entries(units: ids, in: period, plannedIn: period.next),
            lastYear: entries(units: ids, in: period.sameLastYear), lastYearAhead: entries(units: ids, in: period.next.sameLastYear),
            targets: targets,
            reports: ReportingFacts.issues(plans: data.plans, units: units, period: period, firstSubmitted: firstSubmitted,
                                           now: now, naming: subtree),
            returns: returns(ids, period: period, naming: subtree),
            rectifications: RectificationFacts.open(items, inspections: process.inspections, reports: process.halfYearReports,
                                                    asOf: writtenOn, unitName: { subtree ? names[$0] ?? "" : "" }),
            notes: notes, deadlines: ReportingFacts.deadlines(plans: data.plans, unit: unit, alsoFor: subtree ? tree.children(of: unit.id) : [],
                                                                  window: period.next, excluding: period),
            children: children, creation: creation(unit.id),
            childCreations: subtree ? tree.children(of: unit.id).compactMap { c in creation(c.id).map { (c.name, $0) } } : [])
    }

    func returns(_ units: Set<Int>, period: Period, naming: Bool) -> [ReturnedReport] {
        let plans = Dictionary(uniqueKeysWithValues: data.plans.map { ($0.id, $0.name) })
        let names = Dictionary(uniqueKeysWithValues: data.units.map { ($0.id, $0.name) })
        return data.submissions.enumerated().flatMap { i, s -> [ReturnedReport] in
            guard units.contains(s.unitID), period.contains(s.period) else { return [] }
            return s.events.filter { $0.action == .return }.map {
                ReturnedReport(name: (naming ? names[s.unitID] ?? "" : "") + s.period.chineseLabel + (plans[s.planID] ?? ""), comment: $0.comment ?? "", submissionID: i + 1)
            }
        }
    }

    func creation(_ unitID: Int) -> CreationWorkSource? {
        guard let dossier = process.dossier(unitID) else { return nil }
        return CreationWorkSource(dossier: dossier, rules: rules, liaisonMeetings: process.liaisonMeetings,
                                  adoptions: process.adoptions.filter { $0.unitID == unitID }, plans: data.plans)
    }
}
