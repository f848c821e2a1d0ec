import Fluent
import TaizhangDomain
import Vapor

extension EntryController {
    /// Replaces an entry (its values too). The unit cannot change: nobody moves work
    /// into another unit's ledger.
    static func update(req: Request) async throws -> EntryDTO {
        let model = try await find(req)
        try await req.authorize(.writeLedger, unit: model.unitID)
        try await update(model, try req.decodeJSON(EntryInput.self), req: req)
        return try await dtos([model], on: req.db)[0]
    }

    /// Shared with the ledger page's edit form.
    static func update(_ model: EntryModel, _ input: EntryInput, req: Request) async throws {
        let caller = try req.caller()
        try await req.authorize(.writeLedger, unit: model.unitID)
        guard input.unitId == model.unitID else {
            throw AppError.badRequest("unit_change", zh: "不能把台账记录移到其他单位。", en: "An entry cannot move to another unit.", field: "unit_id")
        }
        let item = input.domain(defaultSource: EntrySource(rawValue: model.source) ?? .typed)
        let problems = EntryValidator(catalog: try await req.catalog(), today: req.today).problems(item.entry)
        guard problems.isEmpty else { throw AppError.invalid(problems) }
        let before = try await dtos([model], on: req.db)[0]
        let e = item.entry, now = req.now
        try await req.db.transaction { db in
            model.category = e.category.rawValue; model.title = e.title; model.narrative = e.narrative
            model.place = e.place; model.date = e.date.iso; model.endDate = e.endDate?.iso; model.countsOn = e.countsOn.iso
            model.planned = e.planned; model.confirmer = item.confirmer; model.updatedAt = now
            try await model.save(on: db)
            try await EntryValueModel.query(on: db).filter(\.$entryID == model.id!).delete()
            for v in e.values { try await valueModel(v, entry: model).create(on: db) }
            let after = try await dtos([model], on: db)[0]
            try await Audit.record(on: db, userID: caller.userID, action: "update", entity: "entry", entityID: model.id,
                                   unitID: model.unitID, before: before, after: after, at: now)
        }
    }

    static func delete(req: Request) async throws -> HTTPStatus {
        try await delete(try await find(req), req: req)
        return .noContent
    }

    /// Deletes the entry with its values and evidence rows (their files stay: content-addressed,
    /// possibly shared by another entry). Shared with the ledger pages.
    static func delete(_ model: EntryModel, req: Request) async throws {
        let caller = try req.caller()
        try await req.authorize(.writeLedger, unit: model.unitID)
        let before = try await dtos([model], on: req.db)[0]
        let now = req.now
        try await req.db.transaction { db in
            try await EntryValueModel.query(on: db).filter(\.$entryID == model.id!).delete()
            try await EvidenceModel.query(on: db).filter(\.$entryID == model.id!).delete()
            try await model.delete(on: db)
            try await Audit.record(on: db, userID: caller.userID, action: "delete", entity: "entry", entityID: before.id,
                                   unitID: before.unitId, before: before, after: Audit.None?.none, at: now)
        }
    }

    /// A person of the unit confirms an imported entry, or records the third party's
    /// confirmation (e.g. "由村委负责人签字").
    static func confirm(req: Request) async throws -> EntryDTO {
        struct Body: Content { var confirmer: String? }
        let model = try await find(req)
        try await req.authorize(.writeLedger, unit: model.unitID)
        let body = (try? req.decodeJSON(Body.self)) ?? Body(confirmer: nil)
        try await confirm(model, confirmer: body.confirmer, req: req)
        return try await dtos([model], on: req.db)[0]
    }

    /// Shared with the imported-entries page.
    static func confirm(_ model: EntryModel, confirmer: String?, req: Request) async throws {
        let caller = try req.caller()
        try await req.authorize(.writeLedger, unit: model.unitID)
        let before = try await dtos([model], on: req.db)[0]
        let now = req.now
        try await req.db.transaction { db in
            model.pending = false
            model.confirmedAt = now
            if let c = confirmer, !c.isEmpty { model.confirmer = c }
            model.updatedAt = now
            try await model.save(on: db)
            try await EntryValueModel.query(on: db).filter(\.$entryID == model.id!).set(\.$pending, to: false).update()
            try await Audit.record(on: db, userID: caller.userID, action: "confirm", entity: "entry", entityID: model.id,
                                   unitID: model.unitID, before: before, after: try await dtos([model], on: db)[0], at: now)
        }
    }

    static func valueModel(_ v: IndicatorValue, entry: EntryModel) -> EntryValueModel {
        let m = EntryValueModel()
        m.entryID = entry.id!; m.unitID = entry.unitID; m.countsOn = entry.countsOn; m.planned = entry.planned
        m.pending = entry.pending; m.indicatorCode = v.indicator; m.value = v.value; m.qualifier = v.qualifier
        return m
    }
}
