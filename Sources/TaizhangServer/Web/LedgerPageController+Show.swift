import Fluent
import Foundation
import TaizhangDomain
import TaizhangWeb
import Vapor

/// GET /ledger/{id}: one entry, read-only, where every number's source leads. Open to whoever
/// may view the entry's unit (`AccessScope.canViewEntry`); the edit button only for those who
/// may change the unit's ledger.
extension LedgerPageController {
    static func show(req: Request) async throws -> Response {
        let (ctx, _, scope) = try await req.pageSession()
        let entry = try await viewable(req, scope: scope)
        let catalog = try await req.catalog()
        guard let row = try await WebRows.entries([entry], catalog: catalog, on: req.db).first else {
            throw AppError.notFound("Entry", zh: "该台账记录")
        }
        let evidence = try await EvidenceStore.list(entry, on: req.db).map {
            EntryPage.Evidence(filename: $0.fileName, url: "/ledger/\(entry.id!)/evidence/\($0.id!)",
                               sizeText: EvidenceStore.sizeText($0.size), kind: EntryPage.Evidence.kind(of: $0.fileName))
        }
        let author = try await UserModel.displayNames([entry.createdBy], on: req.db)[entry.createdBy] ?? ""
        let model = EntryPage.Model(entry: row, unitName: scope.tree[entry.unitID]?.name ?? "", narrative: entry.narrative,
                                    recordedBy: author, recordedAt: Stamp(entry.createdAt), importedFrom: entry.docID.map(documentName),
                                    evidence: evidence, canEdit: scope.can(.writeLedger, on: entry.unitID))
        return req.html(EntryPage.render(model, ctx)).clearingFlash(req)
    }

    /// The entry of the path if the caller may view it (404 for an unknown unit, 403 outside the scope).
    static func viewable(_ req: Request, scope: AccessScope) async throws -> EntryModel {
        let entry = try await Ledger.find(try req.pathID(), on: req.db)
        guard scope.tree[entry.unitID] != nil else { throw AppError.notFound("Entry", zh: "该台账记录") }
        guard scope.canViewEntry(of: entry.unitID) else { throw AppError.forbidden }
        return entry
    }
}
