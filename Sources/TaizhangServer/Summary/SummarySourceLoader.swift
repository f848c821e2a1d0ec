import Fluent
import SQLKit
import Foundation
import TaizhangDomain
import TaizhangSummary

/// Reads what a summary draft is built from: the period's confirmed entries (and those
/// planned for the following period), the same period last year, the unit's targets, late,
/// missing and returned reports, the rectification items open on the writing day, notes,
/// the reports falling due in the following period, and a zone's or project's process
/// records. The rules applied to them are TaizhangSummary's (ReportingFacts,
/// RectificationFacts, SummaryDate), the same the pure tests use.
struct SummarySourceLoader {
    var db: any Database
    var tree: UnitTree
    var catalog: Catalog
    var now: Date
    /// Above this many counting values in the period, the figures come from the database's
    /// folds (`LedgerFoldReader`) and only the largest entries are read; nil never folds
    /// (a rule pack's draft reads every entry).
    var foldAbove: Int? = Self.defaultFoldAbove

    /// A district's half-year (a few thousand values) is read whole, as always; a county's
    /// (half a million) is folded.
    static let defaultFoldAbove = 20_000

    /// `units`: the units whose ledger counts — the unit alone, or the readable part of its subtree.
    func load(unit: DomainUnit, period: Period, units: [Int], subtree: Bool) async throws -> SummarySource {
        let window = period.next
        let folding = try await foldAbove.asyncMap { limit in
            try await LedgerFoldReader(db: db as! any SQLDatabase).exceeds(units: units, from: period.start, through: period.end, limit: limit)
        } ?? false
        let ledger: LedgerFolds?, entries: [SourceEntry], lastYear: [SourceEntry], lastYearAhead: [SourceEntry]
        if folding {
            let read = try await folded(period: period, units: units, subtree: subtree)
            ledger = read.ledger; entries = read.entries; lastYearAhead = read.lastYearAhead
            lastYear = []
        } else {
            ledger = nil
            entries = try await self.entries(units: units, from: period.start, through: window.end)
                .filter { period.contains($0.countsOn) || ($0.planned && window.contains($0.countsOn)) }
            lastYear = try await self.entries(units: units, from: period.sameLastYear.start, through: period.sameLastYear.end)
                .filter { !$0.planned }
            let ahead = period.next.sameLastYear
            lastYearAhead = try await self.entries(units: units, from: ahead.start, through: ahead.end).filter { !$0.planned }
        }
        let readable = Set(units)
        let childUnits = subtree ? tree.children(of: unit.id).filter { readable.contains($0.id) } : []
        let children = childUnits.map {
            ChildUnit(id: $0.id, name: $0.name, unitIDs: Set(tree.subtree(of: $0.id).map(\.id)).intersection(readable))
        }
        let reporting = try await ReportingLoader(db: db, now: now)
        let writtenOn = SummaryDate.writtenOn(period: period, unit: unit, plans: reporting.plans, today: CivilDate(now))
        let creations = CreationWorkLoader(db: db)
        var source = SummarySource(
            unitID: unit.id, unitName: unit.name, unitKind: unit.kind, unitFlags: unit.flags, period: period, writtenOn: writtenOn,
            catalog: catalog, entries: entries, lastYear: lastYear, lastYearAhead: lastYearAhead,
            targets: try await targets(unit: unit.id, period: period),
            reports: try await reporting.issues(units: units.compactMap { tree[$0] }, period: period, naming: subtree, treeCount: tree.count),
            returns: try await reporting.returns(units: units, period: period, naming: subtree, tree: tree),
            rectifications: try await creations.openItems(units: units, asOf: writtenOn, naming: subtree, tree: tree),
            notes: try await notes(unit: unit.id, period: period),
            deadlines: ReportingFacts.deadlines(plans: reporting.plans, unit: unit, alsoFor: childUnits, window: window, excluding: period),
            children: children, creation: try await creations.source(unit: unit.id),
            childCreations: subtree ? try await creations.sources(children: childUnits) : [])
        source.ledger = ledger
        return source
    }

    /// Confirmed entries (planned ones included) of `units` counting in [from, through].
    /// `ids`: only these entries; `plannedOnly`: only planned ones.
    func entries(units: [Int], from: CivilDate, through: CivilDate, ids: [Int]? = nil, plannedOnly: Bool = false) async throws -> [SourceEntry] {
        guard !units.isEmpty, ids?.isEmpty != true else { return [] }
        let entryQuery = EntryModel.query(on: db)
            .filter(\.$unitID ~~ units).filter(\.$pending == false)
            .filter(\.$countsOn >= from.iso).filter(\.$countsOn <= through.iso)
        let valueQuery = EntryValueModel.query(on: db)
            .filter(\.$unitID ~~ units).filter(\.$pending == false)
            .filter(\.$countsOn >= from.iso).filter(\.$countsOn <= through.iso)
        if let ids { entryQuery.filter(\.$id ~~ ids); valueQuery.filter(\.$entryID ~~ ids) }
        if plannedOnly { entryQuery.filter(\.$planned == true); valueQuery.filter(\.$planned == true) }
        let models = try await entryQuery.all()
        var values = try await valueQuery.all()
        // Read by id, the values come in the entry index's order; read by unit (the usual
        // way), in the (unit, indicator, date) index's: an entry's figures are named in that order.
        if ids != nil { values.sort { ($0.unitID, $0.indicatorCode, $0.countsOn, $0.id ?? 0) < ($1.unitID, $1.indicatorCode, $1.countsOn, $1.id ?? 0) } }
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

    func notes(unit: Int, period: Period) async throws -> [SourceNote] {
        try await NoteModel.query(on: db).filter(\.$unitID == unit).filter(\.$periodCode == period.code)
            .sort(\.$createdAt).all().map { SourceNote(id: $0.id!, text: $0.text) }
    }
}
