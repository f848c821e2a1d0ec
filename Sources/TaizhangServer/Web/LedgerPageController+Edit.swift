import Fluent
import Foundation
import TaizhangDomain
import TaizhangWeb
import Vapor

/// Editing one entry in the browser: the form with its evidence, saving (with new
/// evidence files), deleting, and the evidence downloads. Every change goes through the
/// API's functions, so the scope check, transaction and audit log are the same.
extension LedgerPageController {
    static func editForm(req: Request) async throws -> Response {
        let (ctx, _, _) = try await req.pageSession()
        let entry = try await Ledger.find(try req.pathID(), on: req.db)
        try await req.authorize(.writeLedger, unit: entry.unitID)
        var values = EntryFormPage.values(of: try await ledgerEntry(entry, on: req.db))
        values["version"] = String(entry.version)
        let form = FormState(values: values)
        return req.html(EntryFormPage.render(try await formModel(entry, form: form, req: req), ctx)).clearingFlash(req)
    }

    /// POST /ledger/{id}: the entry's fields and any new evidence files, all or nothing —
    /// a bad file or field re-renders the form with what was typed and saves nothing.
    static func update(req: Request) async throws -> Response {
        let (ctx, _, _) = try await req.pageSession()
        let entry = try await Ledger.find(try req.pathID(), on: req.db)
        try await req.authorize(.writeLedger, unit: entry.unitID)
        let catalog = try await req.catalog()
        let form = try WebForm.read(req)
        // The form cannot change where an entry came from or who confirmed it outside the system.
        var (input, files, errors) = checked(form, unit: entry.unitID, catalog: catalog, lang: ctx.lang, req: req) {
            $0.source = nil
            $0.confirmer = entry.confirmer
        }
        if let input, errors.isEmpty {
            do {
                try await Ledger.update(entry.id!, input, files: files, actor: try await req.actor(), catalog: catalog,
                                        evidence: req.evidenceFiles, writes: req.writes)
                return req.seeOther("/ledger", flash: .init(.success, WorkMessage.entryUpdated.text(ctx.lang)))
            } catch let e as AppError where [.unprocessableEntity, .badRequest, .conflict, .preconditionRequired].contains(e.status) {
                addErrors(e, to: &errors, values: input.values ?? [], lang: ctx.lang)
            }
        }
        let state = FormState(values: form.values, errors: errors, formError: WorkMessage.fixFields.text(ctx.lang))
        return req.html(EntryFormPage.render(try await formModel(entry, form: state, req: req), ctx), status: .unprocessableEntity)
    }

    /// POST /ledger/{id}/delete, from the edit page or the imported list.
    static func delete(req: Request) async throws -> Response {
        let (ctx, _, _) = try await req.pageSession()
        let entry = try await Ledger.find(try req.pathID(), on: req.db)
        let wasPending = entry.pending
        let version = Int(try WebForm.read(req).values["version"] ?? "") ?? entry.version
        try await Ledger.delete(entry.id!, version: version, actor: try await req.actor(), evidence: req.evidenceFiles, writes: req.writes)
        return req.seeOther(wasPending ? "/ledger/imported" : "/ledger", flash: .init(.success, WorkMessage.entryDeleted.text(ctx.lang)))
    }

    static func downloadEvidence(req: Request) async throws -> Response {
        let entry = try await viewable(req, scope: try await req.scope())
        return try await EvidenceStore.download(try await EvidenceStore.find(try req.pathID("eid"), of: entry, on: req.db), req: req)
    }

    static func deleteEvidence(req: Request) async throws -> Response {
        let (ctx, _, _) = try await req.pageSession()
        let id = try req.pathID()
        try await Ledger.removeEvidence(id, evidenceID: try req.pathID("eid"), actor: try await req.actor(),
                                        evidence: req.evidenceFiles, writes: req.writes)
        return req.seeOther("/ledger/\(id)/edit", flash: .init(.success, WorkMessage.evidenceRemoved.text(ctx.lang)))
    }

    static func formModel(_ entry: EntryModel, form: FormState, req: Request) async throws -> EntryFormPage.Model {
        let evidence = try await EvidenceStore.list(entry, on: req.db).map {
            EntryFormPage.Evidence(id: $0.id!, filename: $0.fileName, url: "/ledger/\(entry.id!)/evidence/\($0.id!)",
                                   sizeText: EvidenceStore.sizeText($0.size))
        }
        let tree = try await req.application.unitDirectory.tree(on: req.db)
        return EntryFormPage.Model(entryID: entry.id, form: form, indicators: try await req.formIndicators(for: entry.unitID, in: tree, activeOnly: false),
                                   evidence: evidence, importedFrom: entry.docID.map(documentName))
    }

    /// "总结.docx#1a2b3c4d" (how imports name their document) → "《总结.docx》".
    static func documentName(_ docID: String) -> String {
        "《" + (docID.split(separator: "#").first.map(String.init) ?? docID) + "》"
    }

    static func ledgerEntry(_ m: EntryModel, on db: any Database) async throws -> LedgerEntry {
        let values = try await EntryValueModel.query(on: db).filter(\.$entryID == m.id!).sort(\.$id).all()
        return LedgerEntry(unitID: m.unitID, category: EntryCategory(rawValue: m.category) ?? .other, title: m.title,
                           narrative: m.narrative, place: m.place, date: CivilDate(iso: m.date) ?? CivilDate(2000, 1, 1),
                           endDate: m.endDate.flatMap { CivilDate(iso: $0) },
                           values: values.map { IndicatorValue(indicator: $0.indicatorCode, value: $0.value, qualifier: $0.qualifier) },
                           source: EntrySource(rawValue: m.source) ?? .typed, planned: m.planned)
    }
}
