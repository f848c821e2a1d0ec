import Fluent
import Foundation
import TaizhangDomain
import TaizhangWeb
import Vapor

/// The filer's one form on /submissions/{id}: the narrative with the button pressed.
/// 报送 sends what is in the box (saved and submitted in one transaction, with the ledger's
/// figures of the moment); 保存草稿 saves it; 按台账刷新数值 saves it and takes the ledger's
/// figures. A refusal shows the page again with the text as typed and the reason next to the box.
extension SubmissionPageController {
    /// POST /submissions/{id} {narrative, version, action = save | refresh | submit}.
    static func saveNarrative(req: Request) async throws -> Response {
        let (ctx, _, scope) = try await req.pageSession()
        let m = try await readable(req, scope: scope)
        let form = try WebForm.read(req)
        let narrative = form.values["narrative"] ?? ""
        let version = Int(form.values["version"] ?? "")
        let action = form.values["action"] ?? "save"
        let actor = try await req.actor(), catalog = try await req.catalog()
        let done: WorkMessage
        do {
            switch action {
            case SubmissionAction.submit.rawValue:
                try await Reporting.transition(m.id!, .init(action: .submit, narrative: narrative, refreshValues: true, version: version),
                                               actor: actor, catalog: catalog, writes: req.writes)
                done = .transitioned(.submit)
            case "refresh":
                try await Reporting.update(m.id!, .init(narrative: narrative, values: nil, version: version, refreshValues: true),
                                           actor: actor, catalog: catalog, writes: req.writes)
                done = .valuesRefreshed
            default:
                try await Reporting.update(m.id!, .init(narrative: narrative, values: nil, version: version),
                                           actor: actor, catalog: catalog, writes: req.writes)
                done = .narrativeSaved
            }
        } catch let e as AppError where [.badRequest, .conflict, .unprocessableEntity, .preconditionRequired].contains(e.status) {
            // Nothing typed is lost: the page comes back with the box as it was sent.
            let zh = ctx.lang != .en
            // A stale page's details name the changed fields, not problems with what was typed.
            let problems = e.details.isEmpty || e.code == "stale_version"
                ? [DomainError(e.code, zh: e.zh, en: e.en, field: e.code == "stale_version" ? nil : e.field)] : e.details
            var state = FormState(values: ["narrative": narrative])
            for d in problems where d.field == "narrative" { state.errors["narrative"] = zh ? d.zh : d.en }
            let others = problems.filter { $0.field != "narrative" }.map { zh ? $0.zh : $0.en }
            state.formError = others.isEmpty ? nil : others.joined(separator: " ")
            let fresh = try await Reporting.find(m.id!, on: req.db)
            // A stale page comes back at the current version with the reason: pressing again is a choice.
            let model = try await detailModel(fresh, scope: scope, req: req, form: state)
            return req.html(SubmissionPage.render(model, ctx), status: .unprocessableEntity)
        }
        return req.seeOther("/submissions/\(m.id!)", flash: .init(.success, done.text(ctx.lang)))
    }
}
