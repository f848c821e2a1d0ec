import Fluent
import Foundation
import TaizhangDomain
import TaizhangSummary

/// Reads what a summary draft is built from: the period's confirmed entries (and those
/// planned for the next half-year), the same period last year, the unit's targets, late
/// and missing reports, notes and the next reporting deadlines.
struct SummarySourceLoader {
    var db: any Database
    var tree: UnitTree
    var catalog: Catalog
    var now: Date

    /// How far after the period planned entries and deadlines are looked for.
    static let lookAheadDays = 183

    /// `units`: the units whose ledger counts — the unit alone, or the readable part of its subtree.
    func load(unit: DomainUnit, period: Period, units: [Int], subtree: Bool) async throws -> SummarySource {
        let ahead = period.end.adding(days: Self.lookAheadDays)
        let entries = try await self.entries(units: units, from: period.start, through: ahead)
            .filter { period.contains($0.countsOn) || ($0.planned && $0.countsOn > period.end) }
        let lastYear = try await self.entries(units: units, from: period.sameLastYear.start, through: period.sameLastYear.end)
            .filter { !$0.planned }
        let readable = Set(units)
        let children = subtree ? tree.children(of: unit.id).filter { readable.contains($0.id) }.map {
            ChildUnit(id: $0.id, name: $0.name, unitIDs: Set(tree.subtree(of: $0.id).map(\.id)).intersection(readable))
        } : []
        let reporting = try await ReportingLoader(db: db, now: now)
        return SummarySource(
            unitID: unit.id, unitName: unit.name, period: period, writtenOn: CivilDate(now), catalog: catalog,
            entries: entries, lastYear: lastYear, targets: try await targets(unit: unit.id, period: period),
            reports: try await reporting.issues(units: units.compactMap { tree[$0] }, period: period, naming: subtree),
            rectifications: try await rectifications(units: units, naming: subtree),
            notes: try await notes(unit: unit.id, period: period),
            deadlines: try await reporting.deadlines(unit: unit, after: period), children: children)
    }

    /// Confirmed entries (planned ones included) of `units` counting in [from, through].
    func entries(units: [Int], from: CivilDate, through: CivilDate) async throws -> [SourceEntry] {
        guard !units.isEmpty else { return [] }
        let models = try await EntryModel.query(on: db)
            .filter(\.$unitID ~~ units).filter(\.$pending == false)
            .filter(\.$countsOn >= from.iso).filter(\.$countsOn <= through.iso)
            .all()
        let values = try await EntryValueModel.query(on: db)
            .filter(\.$unitID ~~ units).filter(\.$pending == false)
            .filter(\.$countsOn >= from.iso).filter(\.$countsOn <= through.iso)
            .all()
        let byEntry = Dictionary(grouping: values, by: \.entryID)
        let evidence = try await EvidenceModel.counts(for: models.compactMap(\.id), on: db)
        return models.compactMap { m in
            guard let id = m.id, let countsOn = CivilDate(iso: m.countsOn) else { return nil }
            return SourceEntry(
                id: id, unitID: m.unitID, title: m.title, category: EntryCategory(rawValue: m.category) ?? .other,
                place: m.place, countsOn: countsOn,
                values: (byEntry[id] ?? []).map { IndicatorValue(indicator: $0.indicatorCode, value: $0.value, qualifier: $0.qualifier) },
                planned: m.planned, evidenceCount: evidence[id] ?? 0)
        }
    }

    /// The period's own target and the year's.
    func targets(unit: Int, period: Period) async throws -> [SourceTarget] {
        try await TargetModel.query(on: db).filter(\.$unitID == unit)
            .filter(\.$periodCode ~~ [period.code, Period.year(period.year).code]).all()
            .compactMap { m in m.domain.map { SourceTarget(id: m.id!, indicator: $0.indicatorCode, period: $0.period, value: $0.value) } }
    }

    /// The rectification items (整改事项, SPEC §4.4) of `units` not closed off (销号) yet, by
    /// due date. `naming`: prefix the unit's name (a roll-up lists its units' items).
    func rectifications(units: [Int], naming: Bool) async throws -> [OpenRectification] {
        guard !units.isEmpty else { return [] }
        return try await RectificationItemModel.query(on: db).filter(\.$unitID ~~ units).filter(\.$closedOn == nil)
            .sort(\.$dueDate).sort(\.$id).all().compactMap { m in
                m.domain.map { OpenRectification(id: m.id!, title: (naming ? tree[m.unitID]?.name ?? "" : "") + $0.finding) }
            }
    }

    func notes(unit: Int, period: Period) async throws -> [SourceNote] {
        try await NoteModel.query(on: db).filter(\.$unitID == unit).filter(\.$periodCode == period.code)
            .sort(\.$createdAt).all().map { SourceNote(id: $0.id!, text: $0.text) }
    }
}
