import Fluent
import Foundation
import TaizhangDomain

/// Aggregate values from another system (DHIS2 dataValueSets style): each value belongs
/// to one unit, period and indicator. The values of a unit and period are kept on one
/// ledger entry marked as imported aggregates (`doc_id = aggregate:<period>`), so they
/// count in totals like any entry; importing again replaces the values it names and
/// keeps the others, as DHIS2 does. Dry run, all or nothing, problems by row.
enum AggregateImport {
    struct Value: Sendable {
        var row: Int
        var unitID: Int
        var period: Period
        var indicator: String
        var value: Double
        var qualifier: String?
        var comment: String?
    }

    struct Change: Codable, Sendable {
        var row: Int
        var unitId: Int
        var period: String
        var indicator: String
        /// create, update or unchanged.
        var action: String
        var old: String?
        var new: String
    }

    struct Report: Codable, Sendable {
        var dryRun: Bool
        var imported = 0
        var updated = 0
        var ignored = 0
        var entries: [Int] = []
        var rows: [Change] = []
        var errors: [LedgerImport.RowProblem] = []
        var ignoredColumns: [String] = []
    }

    static func docID(_ p: Period) -> String { "aggregate:" + p.code }

    static func run(_ parsed: ValueSheetReader.Parsed, dryRun: Bool, actor: Actor, catalog: Catalog, writes: Writes) async throws -> Report {
        let userID = try actor.requireUser
        var problems = parsed.problems
        var report = Report(dryRun: dryRun, ignoredColumns: parsed.ignoredColumns)
        for v in parsed.values {
            do { try actor.authorize(.writeLedger, unit: v.unitID) } catch {
                problems.append(DomainError("import_row", zh: "第\(v.row)行：无权写入该单位的台账。", en: "Row \(v.row): you may not write this unit's ledger.", field: "rows[\(v.row)]"))
            }
        }
        let groups = Dictionary(grouping: parsed.values) { Key(unit: $0.unitID, period: $0.period) }
        for (key, values) in groups {
            var seen: [String: Int] = [:]
            for v in values {
                if let first = seen[v.indicator] {
                    problems.append(DomainError("import_row", zh: "第\(v.row)行：与第\(first)行重复（同一单位、期间、指标）。",
                                                en: "Row \(v.row) repeats row \(first) (same unit, period and indicator).", field: "rows[\(v.row)]"))
                }
                seen[v.indicator] = seen[v.indicator] ?? v.row
            }
            let probe = entryInput(key, values.map { IndicatorValue(indicator: $0.indicator, value: $0.value, qualifier: $0.qualifier) }, comment: nil)
            problems += Ledger.problems(probe, files: [], catalog: catalog).map { p in
                DomainError(p.code, zh: "第\(values.map(\.row).min()!)行起（\(key.period.code)）：\(p.zh)", en: "From row \(values.map(\.row).min()!): \(p.en)", field: p.field)
            }
        }
        // The aggregate entries that exist already, with their values.
        let existing = try await EntryModel.query(on: writes.db).filter(\.$unitID ~~ Set(groups.keys.map(\.unit)))
            .filter(\.$docID ~~ Set(groups.keys.map { Optional(docID($0.period)) })).all()
        let byKey = Dictionary(existing.compactMap { m in Period(code: String((m.docID ?? "").dropFirst(10))).map { (Key(unit: m.unitID, period: $0), m) } },
                               uniquingKeysWith: { a, _ in a })
        let stored = Dictionary(grouping: try await EntryValueModel.query(on: writes.db).filter(\.$entryID ~~ existing.map { $0.id! }).all(), by: \.entryID)
        var plan: [(Key, [IndicatorValue], EntryModel?, String?)] = []
        for (key, values) in groups.sorted(by: { ($0.key.unit, $0.key.period) < ($1.key.unit, $1.key.period) }) {
            let model = byKey[key]
            var merged = Dictionary(uniqueKeysWithValues: (model.flatMap { stored[$0.id!] } ?? []).map {
                ($0.indicatorCode, IndicatorValue(indicator: $0.indicatorCode, value: $0.value, qualifier: $0.qualifier))
            })
            var changed = model == nil
            for v in values.sorted(by: { $0.row < $1.row }) {
                let old = merged[v.indicator].map { StoredEntry.text($0.value, $0.qualifier) }
                let new = StoredEntry.text(v.value, v.qualifier)
                let action = old == nil ? "create" : old == new ? "unchanged" : "update"
                report.rows.append(Change(row: v.row, unitId: key.unit, period: key.period.code, indicator: v.indicator, action: action, old: old, new: new))
                switch action {
                case "create": report.imported += 1
                case "update": report.updated += 1
                default: report.ignored += 1
                }
                if action != "unchanged" { changed = true }
                merged[v.indicator] = IndicatorValue(indicator: v.indicator, value: v.value, qualifier: v.qualifier)
            }
            if changed {
                plan.append((key, catalog.indicators.compactMap { merged[$0.code] }, model, values.compactMap(\.comment).first))
            }
        }
        report.rows.sort { $0.row < $1.row }
        if !problems.isEmpty {
            guard dryRun else { throw AppError.invalid(problems) }
            report.errors = problems.map(LedgerImport.RowProblem.init)
            return report
        }
        guard !dryRun, !plan.isEmpty else { return report }
        let source: EntrySource = actor.viaBrowser ? .typed : .api
        let writesPlan = plan
        report.entries = try await writes.run(actor) { tx -> [Int] in
            var ids: [Int] = []
            for (key, values, model, comment) in writesPlan {
                try await PeriodLocks.check(unit: key.unit, dates: [key.period.start, key.period.end], on: tx)
                let item = entryInput(key, values, comment: comment).domain(defaultSource: source)
                if let model {
                    let locked = try await Ledger.lockedEntry(model.id!, version: model.version, tx: tx)
                    try await Ledger.apply(item, confirmer: nil, to: locked, action: "import_values", tx: tx)
                    ids.append(model.id!)
                } else {
                    let id = try await EntryStore.insert([item], createdBy: userID, at: tx.now, on: tx.db, engine: tx.engine)[0]
                    try await tx.audit("import_values", entity: "entry", id: id, unit: key.unit, period: key.period.code,
                                       changes: FieldChange.between(nil, item.auditFields(version: 1)))
                    ids.append(id)
                }
            }
            return ids
        }
        return report
    }

    struct Key: Hashable { var unit: Int; var period: Period }

    /// The entry holding a unit's imported values for a period: dated over the period (it
    /// counts on its last day), marked by its provenance.
    static func entryInput(_ key: Key, _ values: [IndicatorValue], comment: String?) -> Ledger.EntryInput {
        Ledger.EntryInput(unitId: key.unit, category: .other, title: "汇总数据导入（\(key.period.chineseLabel)）", narrative: comment,
                          date: key.period.start, endDate: key.period.end, values: values,
                          provenance: Provenance(docId: docID(key.period), spanStart: 0, spanEnd: 0))
    }
}
