import Fluent
import Foundation
import TaizhangDomain

extension Ledger {
    /// Confirms an entry: an imported one checked by the unit, or one that needs a third
    /// party confirmed by a 确认人 or supervisor other than its creator (`Confirmation`).
    static func confirm(_ id: Int, actor: Actor, writes: Writes) async throws {
        let userID = try actor.requireUser
        let current = try await find(id, on: writes.db)
        try actor.authorize(.read, unit: current.unitID)
        try await writes.run(actor) { tx in
            guard let model = try await tx.locked(EntryModel.self, id) else { throw AppError.notFound("Entry", zh: "该台账记录") }
            guard model.pending else {
                throw AppError(.conflict, "already_confirmed", zh: "该台账记录已确认。", en: "This entry is already confirmed.")
            }
            if case .refused(let e) = Confirmation.decide(thirdParty: model.confirmationRequired, creatorID: model.createdBy,
                                                         actorID: userID, unitID: model.unitID, scope: actor.scope) {
                throw AppError(.forbidden, e.code, zh: e.zh, en: e.en, field: e.field)
            }
            try await PeriodLocks.check(unit: model.unitID, dates: [CivilDate(iso: model.countsOn)].compactMap { $0 }, on: tx)
            let before = try await auditFields(model, on: tx.db)
            model.pending = false; model.confirmedAt = tx.now; model.confirmedBy = userID
            if model.confirmationRequired { model.confirmer = actor.displayName }
            model.updatedAt = tx.now; model.version += 1
            try await model.save(on: tx.db)
            try await EntryValueModel.query(on: tx.db).filter(\.$entryID == id).set(\.$pending, to: false).update()
            try await tx.audit("confirm", entity: "entry", id: id, unit: model.unitID,
                               changes: FieldChange.between(before, try await auditFields(model, on: tx.db)))
        }
    }

    /// A supervisor reopens a unit's locked period for edits, with a reason (audited).
    static func reopen(unit: Int, period: Period, reason: String, actor: Actor, writes: Writes) async throws {
        let userID = try actor.requireUser
        try actor.authorize(.review, unit: unit)
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !why.isEmpty else {
            throw AppError.badRequest("reason_required", zh: "重新开放期间须填写理由。", en: "Reopening a period needs a reason.", field: "reason")
        }
        try await writes.run(actor) { tx in
            let m = PeriodReopeningModel()
            m.unitID = unit; m.periodCode = period.code; m.reason = why; m.reopenedBy = userID; m.reopenedAt = tx.now
            try await m.create(on: tx.db)
            try await tx.audit("reopen_period", entity: "period", id: m.id, unit: unit, period: period.code,
                               changes: [FieldChange(field: "reason", old: nil, new: why)])
        }
    }
}
