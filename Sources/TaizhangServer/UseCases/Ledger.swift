import Fluent
import Foundation
import TaizhangDomain

/// Ledger entries (台账): every change of an entry, for the API, the pages and imports.
/// Each operation validates once, checks the actor's rights, the period lock and the
/// record's version inside one `Writes` transaction, and records the change per field.
enum Ledger {
    /// An entry as the API decodes it and the ledger form builds it.
    struct EntryInput: Codable, Sendable {
        var unitId: Int
        var category: EntryCategory
        var title: String
        var narrative: String?
        var place: String?
        var date: CivilDate
        var endDate: CivilDate?
        var values: [IndicatorValue]?
        var planned: Bool?
        var source: EntrySource?
        var provenance: Provenance?
        var confirmer: String?
        /// Needs a third party's confirmation (确认人 or supervisor) before it counts as confirmed.
        var confirmationRequired: Bool?
        /// The version the edit is based on (required to update or delete).
        var version: Int?

        /// An entry read from a document (the checker's import).
        init(_ s: StoredEntry) {
            let e = s.entry
            self.init(unitId: e.unitID, category: e.category, title: e.title, narrative: e.narrative, place: e.place, date: e.date,
                      endDate: e.endDate, values: e.values, planned: e.planned, source: e.source, provenance: s.provenance,
                      confirmer: s.confirmer, confirmationRequired: s.confirmationRequired, version: nil)
        }

        init(unitId: Int, category: EntryCategory, title: String, narrative: String? = nil, place: String? = nil, date: CivilDate,
             endDate: CivilDate? = nil, values: [IndicatorValue]? = nil, planned: Bool? = nil, source: EntrySource? = nil,
             provenance: Provenance? = nil, confirmer: String? = nil, confirmationRequired: Bool? = nil, version: Int? = nil) {
            self.unitId = unitId; self.category = category; self.title = title; self.narrative = narrative; self.place = place
            self.date = date; self.endDate = endDate; self.values = values; self.planned = planned; self.source = source
            self.provenance = provenance; self.confirmer = confirmer; self.confirmationRequired = confirmationRequired; self.version = version
        }

        func domain(defaultSource: EntrySource) -> StoredEntry {
            let source = source ?? defaultSource
            return StoredEntry(entry: LedgerEntry(unitID: unitId, category: category, title: title, narrative: narrative ?? "",
                                                  place: place, date: date, endDate: endDate, values: values ?? [],
                                                  source: source, planned: planned ?? false),
                               provenance: provenance, pending: source == .imported || (confirmationRequired ?? false),
                               confirmer: confirmer, confirmationRequired: confirmationRequired ?? false)
        }
    }

    static let maxBatch = 10_000

    /// Every problem of one entry and its files by the ledger's rules (the one check the
    /// use cases run; a form that could not even be read asks it too, to show all at once).
    /// `today`: a completed entry cannot lie after it (issue #12); `maxBytes`: the evidence limit.
    static func problems(_ input: EntryInput, files: [EvidenceFiles.Upload], catalog: Catalog, prefix: String = "",
                         today: CivilDate? = nil, maxBytes: Int = EvidenceFiles.maxBytes) -> [DomainError] {
        EntryValidator(catalog: catalog, today: today).problems(input.domain(defaultSource: .typed).entry).map {
            var p = $0; p.field = prefix + ($0.field ?? ""); return p
        } + EvidenceFiles.problems(files, field: "evidence", maxBytes: maxBytes)
    }

    /// Creates entries (one, or a batch all or nothing) with evidence files for a single
    /// entry; every problem is listed by index before anything is written.
    static func create(_ inputs: [EntryInput], files: [EvidenceFiles.Upload] = [], actor: Actor, catalog: Catalog,
                       evidence: EvidenceFiles, writes: Writes) async throws -> [Int] {
        try await write(inputs, files: files, actor: actor, catalog: catalog, evidence: evidence, writes: writes).ids
    }

    /// What `create` wrote, enough to answer with the new entries without reading them back.
    struct Written: Sendable {
        var ids: [Int]
        var items: [StoredEntry]
        var createdBy: Int
        var at: Date
    }

    static func write(_ inputs: [EntryInput], files: [EvidenceFiles.Upload] = [], actor: Actor, catalog: Catalog,
                      evidence: EvidenceFiles, writes: Writes) async throws -> Written {
        let userID = try actor.requireUser
        guard !inputs.isEmpty, inputs.count <= maxBatch else {
            throw AppError.badRequest("batch_size", zh: "每批须为1至\(maxBatch)条记录。", en: "A batch holds 1 to \(maxBatch) entries.", field: "entries")
        }
        let items = inputs.map { $0.domain(defaultSource: actor.viaBrowser ? .typed : .api) }
        var problems: [DomainError] = []
        for (i, input) in inputs.enumerated() {
            try actor.authorize(.writeLedger, unit: input.unitId)
            problems += Self.problems(input, files: i == 0 ? files : [], catalog: catalog, prefix: inputs.count > 1 ? "entries[\(i)]." : "",
                                      today: CivilDate(writes.now), maxBytes: evidence.maxBytes)
        }
        guard problems.isEmpty else { throw AppError.invalid(problems) }
        let staged = try evidence.stage(files)
        do {
            return try await writes.run(actor) { tx -> Written in
                for unit in Set(items.map(\.entry.unitID)) {
                    try await PeriodLocks.check(unit: unit, dates: items.filter { $0.entry.unitID == unit }.flatMap { [$0.entry.date, $0.entry.countsOn] }, on: tx)
                }
                // Nothing below reads the new rows back unless evidence files refer to them.
                let ids = try await EntryStore.insert(items, createdBy: userID, at: tx.now, on: tx.db, engine: tx.engine,
                                                      deferringValuesIn: tx, deferEntries: staged.isEmpty && BenchSwitches.deferEntries)
                let imported = items.allSatisfy { $0.entry.source == .imported }
                if items.count == 1 {
                    try await tx.audit(imported ? "import" : "create", entity: "entry", id: ids[0], unit: items[0].entry.unitID,
                                       changes: FieldChange.between(nil, items[0].auditFields(version: 1)))
                } else {
                    try await tx.audit(imported ? "import" : "batch_create", entity: "entry", id: nil, unit: Set(items.map(\.entry.unitID)).count == 1 ? items[0].entry.unitID : nil,
                                       changes: [FieldChange(field: "ids", old: nil, new: "\(ids.count): \(ids.first!)…\(ids.last!)")])
                }
                if !staged.isEmpty { try await evidence.attach(staged, to: ids[0], unit: items[0].entry.unitID, tx: tx) }
                return Written(ids: ids, items: items, createdBy: userID, at: tx.now)
            }
        } catch {
            await evidence.rollback(staged, on: writes.db)
            throw error
        }
    }

    /// Replaces an entry's fields and values (and adds evidence files) if `input.version`
    /// is the current one. The unit cannot change: nobody moves work into another ledger.
    static func update(_ id: Int, _ input: EntryInput, files: [EvidenceFiles.Upload] = [], actor: Actor, catalog: Catalog,
                       evidence: EvidenceFiles, writes: Writes) async throws {
        let current = try await find(id, on: writes.db)
        try actor.authorize(.writeLedger, unit: current.unitID)
        guard let version = input.version else { throw Versioning.required }
        guard input.unitId == current.unitID else {
            throw AppError.badRequest("unit_change", zh: "不能把台账记录移到其他单位。", en: "An entry cannot move to another unit.", field: "unit_id")
        }
        var draft = input.domain(defaultSource: EntrySource(rawValue: current.source) ?? .typed)
        draft.entry.source = EntrySource(rawValue: current.source) ?? draft.entry.source
        let item = draft
        let problems = Self.problems(input, files: files, catalog: catalog, today: CivilDate(writes.now), maxBytes: evidence.maxBytes)
        guard problems.isEmpty else { throw AppError.invalid(problems) }
        let staged = try evidence.stage(files)
        do {
            try await writes.run(actor) { tx in
                let model = try await lockedEntry(id, version: version, tx: tx)
                try await PeriodLocks.check(unit: model.unitID, dates: [CivilDate(iso: model.date), CivilDate(iso: model.countsOn),
                                                                         item.entry.date, item.entry.countsOn].compactMap { $0 }, on: tx)
                try await apply(item, confirmer: input.confirmer, to: model, action: "update", tx: tx)
                if !staged.isEmpty { try await evidence.attach(staged, to: id, unit: model.unitID, tx: tx) }
            }
        } catch {
            await evidence.rollback(staged, on: writes.db)
            throw error
        }
    }

    /// Writes `item`'s fields and values over the locked `model` (a new version) and
    /// records the change per field under `action`.
    static func apply(_ item: StoredEntry, confirmer: String?, to model: EntryModel, action: String, tx: Tx) async throws {
        let before = try await auditFields(model, on: tx.db)
        let e = item.entry
        model.category = e.category.rawValue; model.title = e.title; model.narrative = e.narrative
        model.place = e.place; model.date = e.date.iso; model.endDate = e.endDate?.iso; model.countsOn = e.countsOn.iso
        model.planned = e.planned; model.updatedAt = tx.now; model.version += 1
        if let c = confirmer, model.confirmedBy == nil { model.confirmer = c }
        try await model.save(on: tx.db)
        try await EntryValueModel.query(on: tx.db).filter(\.$entryID == model.id!).delete()
        for v in e.values { try await valueModel(v, entry: model).create(on: tx.db) }
        try await tx.audit(action, entity: "entry", id: model.id, unit: model.unitID,
                           changes: FieldChange.between(before, try await auditFields(model, on: tx.db)))
    }

    /// Deletes the entry with its values and evidence rows, if `version` is current.
    static func delete(_ id: Int, version: Int?, actor: Actor, evidence: EvidenceFiles, writes: Writes) async throws {
        let current = try await find(id, on: writes.db)
        try actor.authorize(.writeLedger, unit: current.unitID)
        guard let version else { throw Versioning.required }
        let shas = try await writes.run(actor) { tx -> [String] in
            let model = try await lockedEntry(id, version: version, tx: tx)
            try await PeriodLocks.check(unit: model.unitID, dates: [CivilDate(iso: model.date), CivilDate(iso: model.countsOn)].compactMap { $0 }, on: tx)
            let before = try await auditFields(model, on: tx.db)
            let files = try await EvidenceModel.query(on: tx.db).filter(\.$entryID == id).all()
            try await EntryValueModel.query(on: tx.db).filter(\.$entryID == id).delete()
            try await EvidenceModel.query(on: tx.db).filter(\.$entryID == id).delete()
            try await model.delete(on: tx.db)
            try await tx.audit("delete", entity: "entry", id: id, unit: model.unitID, changes: FieldChange.between(before, nil))
            return files.map(\.sha256)
        }
        try await evidence.removeUnreferenced(shas, on: writes.db)
    }

    static func find(_ id: Int, on db: any Database) async throws -> EntryModel {
        guard let m = try await EntryModel.find(id, on: db) else { throw AppError.notFound("Entry", zh: "该台账记录") }
        return m
    }

    /// The row, locked, at the version the caller saw; 404 when it is gone, 409 naming what
    /// changed when someone else saved first.
    static func lockedEntry(_ id: Int, version: Int, tx: Tx) async throws -> EntryModel {
        guard let model = try await tx.locked(EntryModel.self, id) else { throw AppError.notFound("Entry", zh: "该台账记录") }
        guard model.version == version else {
            throw try await Versioning.stale(entity: "entry", id: id, yours: version, current: model.version, on: tx.db)
        }
        return model
    }

    static func valueModel(_ v: IndicatorValue, entry: EntryModel) -> EntryValueModel {
        let m = EntryValueModel()
        m.entryID = entry.id!; m.unitID = entry.unitID; m.countsOn = entry.countsOn; m.planned = entry.planned
        m.pending = entry.pending; m.indicatorCode = v.indicator; m.value = v.value; m.qualifier = v.qualifier
        return m
    }

    /// The entry as flat fields for the audit diff (`values.performances: 5 → 50`).
    static func auditFields(_ m: EntryModel, on db: any Database) async throws -> [String: String] {
        auditFields(m, values: try await EntryValueModel.query(on: db).filter(\.$entryID == m.id!).all())
    }

    static func auditFields(_ m: EntryModel, values: [EntryValueModel]) -> [String: String] {
        var f: [String: String] = [
            "category": m.category, "title": m.title, "narrative": m.narrative, "place": m.place ?? "", "date": m.date,
            "end_date": m.endDate ?? "", "planned": String(m.planned), "pending": String(m.pending),
            "confirmer": m.confirmer ?? "", "version": String(m.version),
        ]
        for v in values { f["values.\(v.indicatorCode)"] = StoredEntry.text(v.value, v.qualifier) }
        return f
    }
}

extension StoredEntry {
    func auditFields(version: Int) -> [String: String] {
        var f: [String: String] = [
            "category": entry.category.rawValue, "title": entry.title, "narrative": entry.narrative, "place": entry.place ?? "",
            "date": entry.date.iso, "end_date": entry.endDate?.iso ?? "", "planned": String(entry.planned),
            "pending": String(pending), "confirmer": confirmer ?? "", "version": String(version),
        ]
        for v in entry.values { f["values.\(v.indicator)"] = Self.text(v.value, v.qualifier) }
        return f
    }

    /// "5", "2.5", "300余".
    static func text(_ value: Double, _ qualifier: String?) -> String {
        let n = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        return n + (qualifier ?? "")
    }
}
