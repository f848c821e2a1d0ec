import Fluent
import Foundation
import TaizhangDocument
import TaizhangDomain

/// Half-year (and quarter/year) summaries: drafted from the ledger and stored as versions.
/// A save names the version it edits; the check and the new version happen on the locked
/// summary row, so of two saves on the same base exactly one lands and the other gets 409.
enum Summaries {
    struct UpdateInput: Codable, Sendable {
        struct Edit: Codable, Sendable { var block: String; var text: String }
        var baseVersion: Int
        var edits: [Edit]?
        var content: SummaryDocument?
    }

    /// Summaries cover a quarter, a half-year or a year (a month is a work update, not a 总结).
    static func period(_ raw: String) throws -> Period {
        let period = try Period.parse(raw)
        guard period.kind != .month else {
            throw AppError.badRequest("invalid_period", zh: "工作总结按季度、半年或年度生成（例：2024H1）。",
                                      en: "Summaries cover a quarter, half-year or year (e.g. 2024H1).", field: "period")
        }
        return period
    }

    /// The unit's own people (staff, liaison, leader) write its summary; a supervisor or
    /// admin may write any below them.
    static func authorizeWrite(_ actor: Actor, unit: Int) throws {
        guard actor.scope.tree[unit] != nil else { throw AppError.notFound("Unit", zh: "该单位") }
        guard actor.scope.can(.writeLedger, on: unit) || actor.scope.can(.manage, on: unit) else { throw AppError.forbidden }
    }

    /// Drafts and stores a new summary of `unit` (and, with `subtree`, the units below that
    /// the actor reads).
    static func generate(unit unitID: Int, period: Period, subtree: Bool, actor: Actor, catalog: Catalog, writes: Writes) async throws -> Int {
        let userID = try actor.requireUser
        try authorizeWrite(actor, unit: unitID)
        let unit = actor.scope.tree[unitID]!
        let document = try await SummaryService.draft(
            unit: unit, period: period, units: actor.scope.readableIDs(root: unit.id, subtree: subtree), subtree: subtree,
            loader: SummarySourceLoader(db: writes.db, tree: actor.scope.tree, catalog: catalog, now: writes.now))
        let prepared = SummaryService.Prepared(document)
        return try await writes.run(actor) { tx in
            let summary = SummaryModel()
            summary.unitID = unit.id; summary.periodCode = period.code; summary.subtree = subtree
            summary.title = document.title; summary.latestVersion = 0; summary.createdBy = userID
            summary.createdAt = tx.now; summary.updatedAt = tx.now
            try await summary.create(on: tx.db)
            _ = try await SummaryService.addVersion(to: summary, prepared, origin: "generated", author: userID, at: tx.now, on: tx.db)
            try await tx.audit("create", entity: "summary", id: summary.id, unit: unit.id, period: period.code,
                               changes: [FieldChange(field: "title", old: nil, new: document.title), FieldChange(field: "version", old: nil, new: "1")])
            return summary.id!
        }
    }

    /// Stores `input` as the next version: 409 when `baseVersion` is not the latest.
    static func save(_ id: Int, _ input: UpdateInput, actor: Actor, writes: Writes) async throws -> Int {
        let userID = try actor.requireUser
        let current = try await find(id, on: writes.db)
        try authorizeWrite(actor, unit: current.unitID)
        // Versions never change once stored, so the edit and its check are worked out from
        // the base version before the transaction; inside it only the stored base is
        // confirmed to be still the latest. Anything odd (a base that does not exist, an
        // edit that does not apply) is left to the transaction, which answers as before.
        let ahead = try? await preparedEdit(input, of: current, on: writes.db)
        return try await writes.run(actor) { tx in
            guard let summary = try await tx.locked(SummaryModel.self, id) else { throw AppError.notFound("Summary", zh: "该工作总结") }
            guard input.baseVersion == summary.latestVersion else {
                throw AppError(.conflict, "stale_version", zh: "该总结已有更新的版本（第\(summary.latestVersion)版），请刷新后再修改。",
                               en: "A newer version (\(summary.latestVersion)) exists; reload and edit again.", field: "base_version")
            }
            let (base, prepared) = if let ahead { ahead } else { try await preparedEdit(input, of: summary, on: tx.db) }
            let document = prepared.document
            let v = try await SummaryService.addVersion(to: summary, prepared, origin: "edited", author: userID, at: tx.now, on: tx.db)
            try await tx.audit("update", entity: "summary", id: id, unit: summary.unitID, period: summary.periodCode,
                               changes: [FieldChange(field: "version", old: String(input.baseVersion), new: String(v.number))]
                                   + SummaryDocument.compare(base, document).changes.map {
                                       FieldChange(field: "block.\($0.id)", old: $0.before, new: $0.after) })
            return v.number
        }
    }

    /// `input` applied to its base version, and the result checked.
    private static func preparedEdit(_ input: UpdateInput, of summary: SummaryModel,
                                     on db: any Database) async throws -> (base: SummaryDocument, prepared: SummaryService.Prepared) {
        let base = try await version(summary, number: input.baseVersion, on: db).document
        return (base, SummaryService.Prepared(try edited(base, input)))
    }

    /// A new version drafted afresh from the ledger as it stands now.
    static func regenerate(_ id: Int, actor: Actor, catalog: Catalog, writes: Writes) async throws -> Int {
        let userID = try actor.requireUser
        let current = try await find(id, on: writes.db)
        try authorizeWrite(actor, unit: current.unitID)
        guard let unit = actor.scope.tree[current.unitID], let period = Period(code: current.periodCode) else { throw AppError.notFound("Unit", zh: "该单位") }
        let document = try await SummaryService.draft(
            unit: unit, period: period, units: actor.scope.readableIDs(root: unit.id, subtree: current.subtree), subtree: current.subtree,
            loader: SummarySourceLoader(db: writes.db, tree: actor.scope.tree, catalog: catalog, now: writes.now))
        let prepared = SummaryService.Prepared(document)
        return try await writes.run(actor) { tx in
            guard let summary = try await tx.locked(SummaryModel.self, id) else { throw AppError.notFound("Summary", zh: "该工作总结") }
            let v = try await SummaryService.addVersion(to: summary, prepared, origin: "generated", author: userID, at: tx.now, on: tx.db)
            try await tx.audit("regenerate", entity: "summary", id: id, unit: summary.unitID, period: summary.periodCode,
                               changes: [FieldChange(field: "version", old: String(v.number - 1), new: String(v.number))])
            return v.number
        }
    }

    static func find(_ id: Int, on db: any Database) async throws -> SummaryModel {
        guard let s = try await SummaryModel.find(id, on: db) else { throw AppError.notFound("Summary", zh: "该工作总结") }
        return s
    }

    static func version(_ summary: SummaryModel, number: Int, on db: any Database) async throws -> SummaryVersionModel {
        guard let v = try await SummaryVersionModel.query(on: db).filter(\.$summaryID == summary.requireID())
            .filter(\.$number == number).first() else { throw AppError.notFound("Version", zh: "该版本") }
        return v
    }

    /// Applies the edits, or takes the whole content with every number checked against the
    /// base: a number not found unchanged (same text, value and sources) in the base was typed
    /// by the user, so it is no longer traced — a client cannot forge a trace.
    static func edited(_ base: SummaryDocument, _ input: UpdateInput) throws -> SummaryDocument {
        if let content = input.content {
            guard input.edits == nil else {
                throw AppError.badRequest("ambiguous_update", zh: "请只提交段落修改或完整内容之一。", en: "Send either edits or content, not both.")
            }
            return content.untracing(except: base.numbers)
        }
        guard let edits = input.edits, !edits.isEmpty else {
            throw AppError.badRequest("empty_update", zh: "没有要保存的修改。", en: "Nothing to save.", field: "edits")
        }
        var doc = base
        for edit in edits {
            do { try doc.editParagraph(id: edit.block, text: edit.text) } catch {
                throw AppError.badRequest("unknown_block", zh: "找不到段落“\(edit.block)”。", en: "No paragraph “\(edit.block)”.", field: "edits")
            }
        }
        return doc
    }
}
