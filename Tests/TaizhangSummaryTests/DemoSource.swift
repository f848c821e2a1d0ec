import TaizhangDomain
import TaizhangSummary

/// The demo district as a `SummarySource`, built here straight from DemoDataset (the
/// server builds the same from its database). Entry ids are positions in `data.entries`.
struct DemoSource {
    let data: DemoData
    let catalog: Catalog

    init(today: CivilDate = CivilDate(2024, 7, 3)) throws {
        data = try DemoDataset.make(today: today)
        catalog = try Catalog.publicCulture()
    }

    func unit(named name: String) -> Unit { data.units.first { $0.name == name }! }

    func entries(units: Set<Int>, in period: Period, plannedFrom: CivilDate? = nil) -> [SourceEntry] {
        data.entries.enumerated().compactMap { i, e in
            guard units.contains(e.unitID) else { return nil }
            let wanted = period.contains(e.countsOn) || (e.planned && plannedFrom.map { e.countsOn >= $0 } == true)
            guard wanted else { return nil }
            return SourceEntry(id: i + 1, unitID: e.unitID, title: e.title, category: e.category, place: e.place,
                               countsOn: e.countsOn, values: e.values, planned: e.planned, evidenceCount: i % 3 == 0 ? 1 : 0)
        }
    }

    func source(_ unit: Unit, period: Period, subtree: Bool) -> SummarySource {
        let tree = data.tree
        let units = subtree ? Set(tree.subtree(of: unit.id).map(\.id)) : [unit.id]
        let children = subtree ? tree.children(of: unit.id).map {
            ChildUnit(id: $0.id, name: $0.name, unitIDs: Set(tree.subtree(of: $0.id).map(\.id)))
        } : []
        let targets = data.targets.enumerated().filter { $0.element.unitID == unit.id }.map {
            SourceTarget(id: $0.offset + 1, indicator: $0.element.indicatorCode, period: $0.element.period, value: $0.element.value)
        }
        let notes = data.notes.enumerated().filter { $0.element.unitID == unit.id && $0.element.period == period }
            .map { SourceNote(id: $0.offset + 1, text: $0.element.text) }
        return SummarySource(
            unitID: unit.id, unitName: unit.name, period: period, writtenOn: CivilDate(2024, 7, 5), catalog: catalog,
            entries: entries(units: units, in: period, plannedFrom: period.end.adding(days: 1)),
            lastYear: entries(units: units, in: period.sameLastYear), targets: targets,
            reports: [ReportIssue(kind: .late, name: "2024年4月工作动态", refID: "17")],
            rectifications: [OpenRectification(id: 3, title: "文化站图书室开放时间公示不规范")],
            notes: notes,
            deadlines: [UpcomingDeadline(name: "2024年7月工作动态", due: CivilDate(2024, 8, 5), planID: 1)],
            children: children)
    }
}
