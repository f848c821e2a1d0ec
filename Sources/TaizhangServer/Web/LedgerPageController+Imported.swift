import Fluent
import Foundation
import TaizhangDomain
import TaizhangWeb
import Vapor

/// Entries read from a document wait here until a person of the unit confirms them
/// (only then do they count) or discards them.
extension LedgerPageController {
    static func imported(req: Request) async throws -> Response {
        let (ctx, unit, scope) = try await req.pageSession()
        guard scope.can(.writeLedger, on: unit.id) else { throw AppError.forbidden }
        let models = try await EntryModel.query(on: req.db).filter(\.$unitID == unit.id).filter(\.$pending == true)
            .sort(\.$date).sort(\.$id).range(0..<500).all()
        let rows = try await WebRows.entries(models, catalog: try await req.catalog(), on: req.db)
        let items = zip(models, rows).map { m, row in
            ImportedPage.Item(entry: row, documentName: m.docID.map(documentName) ?? "", excerpt: m.narrative)
        }
        return req.html(ImportedPage.render(.init(items: items), ctx)).clearingFlash(req)
    }

    /// POST /ledger/imported/confirm with the ticked `ids`.
    static func confirmSelected(req: Request) async throws -> Response {
        let (ctx, _, _) = try await req.pageSession()
        let ids = Set((try WebForm.read(req).lists["ids"] ?? []).compactMap { Int($0) })
        guard !ids.isEmpty else { return req.seeOther("/ledger/imported", flash: .init(.error, WorkMessage.nothingSelected.text(ctx.lang))) }
        let models = try await EntryModel.query(on: req.db).filter(\.$id ~~ ids).all()
        // Check every one before confirming any: a foreign id refuses the whole request.
        guard models.count == ids.count else { throw AppError.notFound("Entry", zh: "该台账记录") }
        let scope = try await req.scope()
        guard models.allSatisfy({ scope.can(.writeLedger, on: $0.unitID) }) else { throw AppError.forbidden }
        let actor = try await req.actor()
        for m in models where m.pending { try await Ledger.confirm(m.id!, actor: actor, writes: req.writes) }
        return req.seeOther("/ledger/imported", flash: .init(.success, WorkMessage.entryConfirmed(models.count).text(ctx.lang)))
    }

    /// POST /ledger/{id}/confirm, one row's button on the imported list.
    static func confirm(req: Request) async throws -> Response {
        let (ctx, _, _) = try await req.pageSession()
        try await Ledger.confirm(try req.pathID(), actor: try await req.actor(), writes: req.writes)
        return req.seeOther("/ledger/imported", flash: .init(.success, WorkMessage.entryConfirmed(1).text(ctx.lang)))
    }
}
