import Fluent
import Foundation
import TaizhangDomain

/// Ledger entries from a spreadsheet (.xlsx or .csv in the export's columns): rows
/// without an id are created, rows with one update that entry at the version they name.
/// A dry run lists what would change; the real run writes every row in one transaction
/// or, when any row has a problem, nothing at all, with each problem named by row.
enum LedgerImport {
    struct Row: Sendable {
        var number: Int
        var id: Int?
        var input: Ledger.EntryInput
    }

    struct Change: Codable, Sendable {
        var row: Int
        /// create, update or unchanged.
        var action: String
        var id: Int?
        var unitId: Int
        var title: String
        var changes: [FieldChange]
    }

    struct Report: Codable, Sendable {
        var dryRun: Bool
        var created = 0
        var updated = 0
        var unchanged = 0
        var rows: [Change] = []
        var errors: [RowProblem] = []
        var ignoredColumns: [String] = []
    }

    struct RowProblem: Codable, Sendable {
        var field: String?
        var message: String
        var messageEn: String
        init(_ e: DomainError) { field = e.field; message = e.zh; messageEn = e.en }
    }

    static let maxRows = Ledger.maxBatch

    static func run(_ parsed: LedgerSheetReader.Parsed, dryRun: Bool, actor: Actor, catalog: Catalog, writes: Writes) async throws -> Report {
        let userID = try actor.requireUser
        var problems = parsed.problems
        if parsed.rows.count > maxRows {
            problems.append(DomainError("import_size", zh: "一次最多导入\(maxRows)行。", en: "At most \(maxRows) rows per import."))
        }
        let ids = parsed.rows.compactMap(\.id)
        let existing = Dictionary(uniqueKeysWithValues: try await EntryModel.query(on: writes.db).filter(\.$id ~~ ids).all().map { ($0.id!, $0) })
        let values = Dictionary(grouping: try await EntryValueModel.query(on: writes.db).filter(\.$entryID ~~ ids).all(), by: \.entryID)
        var report = Report(dryRun: dryRun, ignoredColumns: parsed.ignoredColumns)
        var creates: [Row] = [], updates: [(Row, Int)] = []
        for row in parsed.rows {
            let place = { (zh: String, en: String) in DomainError("import_row", zh: "第\(row.number)行：\(zh)", en: "Row \(row.number): \(en)", field: "rows[\(row.number)]") }
            do { try actor.authorize(.writeLedger, unit: row.input.unitId) } catch {
                problems.append(place("无权写入该单位的台账。", "You may not write this unit's ledger.")); continue
            }
            let rowProblems = Ledger.problems(row.input, files: [], catalog: catalog).map { p in
                DomainError(p.code, zh: "第\(row.number)行：\(p.zh)", en: "Row \(row.number): \(p.en)", field: "rows[\(row.number)].\(p.field ?? "")")
            }
            guard rowProblems.isEmpty else { problems += rowProblems; continue }
            guard let id = row.id else {
                creates.append(row)
                report.rows.append(Change(row: row.number, action: "create", id: nil, unitId: row.input.unitId, title: row.input.title, changes: []))
                continue
            }
            guard let model = existing[id], model.unitID == row.input.unitId else {
                problems.append(place("记录ID \(id) 在该单位台账中不存在。", "Entry \(id) does not exist in this unit's ledger.")); continue
            }
            guard let version = row.input.version else {
                problems.append(place("修改已有记录须填写“版本”。", "Updating an entry needs its version.")); continue
            }
            guard version == model.version else {
                problems.append(place("记录\(id)已被修改（当前第\(model.version)版，文件中为第\(version)版），请重新导出后再改。",
                                      "Entry \(id) changed since (version \(model.version), the file has \(version)); export again."))
                continue
            }
            let changes = diff(model, values[id] ?? [], row.input)
            if changes.isEmpty {
                report.unchanged += 1
                report.rows.append(Change(row: row.number, action: "unchanged", id: id, unitId: model.unitID, title: model.title, changes: []))
            } else {
                updates.append((row, version))
                report.rows.append(Change(row: row.number, action: "update", id: id, unitId: model.unitID, title: row.input.title, changes: changes))
            }
        }
        report.created = creates.count
        report.updated = updates.count
        if !problems.isEmpty {
            guard dryRun else { throw AppError.invalid(problems) }
            report.errors = problems.map(RowProblem.init)
            return report
        }
        guard !dryRun, !(creates.isEmpty && updates.isEmpty) else { return report }
        let source: EntrySource = actor.viaBrowser ? .typed : .api
        let toCreate = creates, toUpdate = updates
        let created = try await writes.run(actor) { tx -> [Int] in
            let items = toCreate.map { $0.input.domain(defaultSource: source) }
            var dates: [Int: [CivilDate]] = [:]
            for i in items { dates[i.entry.unitID, default: []] += [i.entry.date, i.entry.countsOn] }
            for (row, _) in toUpdate {
                let m = existing[row.id!]!
                dates[m.unitID, default: []] += [CivilDate(iso: m.date), CivilDate(iso: m.countsOn), row.input.date, row.input.endDate ?? row.input.date].compactMap { $0 }
            }
            for (unit, d) in dates { try await PeriodLocks.check(unit: unit, dates: d, on: tx) }
            var ids: [Int] = []
            if !items.isEmpty {
                ids = try await EntryStore.insert(items, createdBy: userID, at: tx.now, on: tx.db, engine: tx.engine)
                try await tx.audit("import", entity: "entry", id: nil, unit: Set(items.map(\.entry.unitID)).count == 1 ? items[0].entry.unitID : nil,
                                   changes: [FieldChange(field: "ids", old: nil, new: "\(ids.count): \(ids.first!)…\(ids.last!)")])
            }
            for (row, version) in toUpdate {
                let model = try await Ledger.lockedEntry(row.id!, version: version, tx: tx)
                var item = row.input.domain(defaultSource: EntrySource(rawValue: model.source) ?? .typed)
                item.entry.source = EntrySource(rawValue: model.source) ?? item.entry.source
                try await Ledger.apply(item, confirmer: row.input.confirmer, to: model, action: "import_update", tx: tx)
            }
            return ids
        }
        var next = created.makeIterator()
        for i in report.rows.indices where report.rows[i].action == "create" { report.rows[i].id = next.next() }
        return report
    }

    /// What the row would change in the entry, field by field (its version and pending
    /// state are not the file's to change; a blank confirmer keeps the stored one).
    static func diff(_ model: EntryModel, _ values: [EntryValueModel], _ input: Ledger.EntryInput) -> [FieldChange] {
        let before = Ledger.auditFields(model, values: values)
        var after = input.domain(defaultSource: .typed).auditFields(version: model.version)
        after["pending"] = before["pending"]
        if input.confirmer == nil || model.confirmedBy != nil { after["confirmer"] = before["confirmer"] }
        return FieldChange.between(before, after)
    }
}
