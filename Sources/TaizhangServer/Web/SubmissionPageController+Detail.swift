import Fluent
import Foundation
import TaizhangDomain
import TaizhangWeb
import Vapor

/// One submission: its values with last year's, the validation results, the narrative
/// (editable while a draft or returned), the history, and a button for each action the
/// caller may take now — the same rule `Reporting.transition` enforces.
extension SubmissionPageController {
    static func show(req: Request) async throws -> Response {
        let (ctx, _, scope) = try await req.pageSession()
        let m = try await readable(req, scope: scope)
        return req.html(SubmissionPage.render(try await detailModel(m, scope: scope, req: req), ctx)).clearingFlash(req)
    }

    /// POST /submissions/{id} {narrative}.
    static func saveNarrative(req: Request) async throws -> Response {
        let (ctx, _, scope) = try await req.pageSession()
        let m = try await readable(req, scope: scope)
        let form = try WebForm.read(req)
        let narrative = form.values["narrative"] ?? ""
        do {
            try await Reporting.update(m.id!, .init(narrative: narrative, values: nil, version: Int(form.values["version"] ?? "") ?? m.version),
                                       actor: try await req.actor(), catalog: try await req.catalog(), writes: req.writes)
        } catch let e as AppError where e.status == .conflict || e.status == .unprocessableEntity {
            return req.seeOther("/submissions/\(m.id!)", flash: .init(.error, ctx.lang == .en ? e.en : e.zh))
        }
        return req.seeOther("/submissions/\(m.id!)", flash: .init(.success, WorkMessage.narrativeSaved.text(ctx.lang)))
    }

    /// POST /submissions/{id}/transitions {action, comment}. A refusal (no comment on a
    /// return, a failing rule, a stale page) shows the page again with the reason and the
    /// comment kept; a foreign caller gets 403 as from the API.
    static func transition(req: Request) async throws -> Response {
        let (ctx, _, scope) = try await req.pageSession()
        let m = try await readable(req, scope: scope)
        let form = try WebForm.read(req)
        let comment = form.values["comment"] ?? ""
        var state = FormState(values: ["comment": comment])
        if let action = SubmissionAction(rawValue: form.values["action"] ?? "") {
            do {
                try await Reporting.transition(m.id!, .init(action: action, comment: comment), actor: try await req.actor(),
                                               catalog: try await req.catalog(), writes: req.writes, duties: req.duties)
                return req.seeOther("/submissions/\(m.id!)", flash: .init(.success, WorkMessage.transitioned(action).text(ctx.lang)))
            } catch let e as AppError where [.badRequest, .conflict, .unprocessableEntity].contains(e.status) {
                let message = (e.details.isEmpty ? [ctx.lang == .en ? e.en : e.zh] : e.details.map { ctx.lang == .en ? $0.en : $0.zh })
                    .joined(separator: " ")
                state.formError = message
                if e.field == "comment" { state.errors["comment"] = message }
            }
        } else {
            state.formError = WorkMessage.chooseAction.text(ctx.lang)
        }
        let fresh = try await Reporting.find(m.id!, on: req.db)
        return req.html(SubmissionPage.render(try await detailModel(fresh, scope: scope, req: req, form: state), ctx),
                        status: .unprocessableEntity)
    }

    /// The submission of the path, if the caller may read its unit (404 for an unknown
    /// unit, 403 for one outside the caller's scope, as the API answers).
    static func readable(_ req: Request, scope: AccessScope) async throws -> SubmissionModel {
        let m = try await Reporting.find(try req.pathID(), on: req.db)
        guard scope.tree[m.unitID] != nil else { throw AppError.notFound("Submission", zh: "该报送") }
        guard scope.can(.read, on: m.unitID) else { throw AppError.forbidden }
        return m
    }

    static func detailModel(_ m: SubmissionModel, scope: AccessScope, req: Request, form: FormState = .empty) async throws -> SubmissionPage.Model {
        let plans = try await PlanModel.byID(on: req.db)
        let catalog = try await req.catalog()
        let values = JSON.decode([IndicatorValue].self, m.valuesJSON) ?? []
        let period = Period(code: m.periodCode)
        var lastYear: [String: Double] = [:]
        if let period, let prior = try await SubmissionModel.query(on: req.db).filter(\.$unitID == m.unitID)
            .filter(\.$planID == m.planID).filter(\.$periodCode == period.sameLastYear.code).first() {
            for v in JSON.decode([IndicatorValue].self, prior.valuesJSON) ?? [] { lastYear[v.indicator] = v.value }
        }
        let checks = try await Reporting.validationRules(on: req.db).evaluate(Reporting.valueMap(values)).results
            .filter { !$0.passed }.map { SubmissionPage.RuleCheck(message: $0.message, blocking: $0.severity == .block) }
        let events = try await SubmissionEventModel.query(on: req.db).filter(\.$submissionID == m.id!).sort(\.$id).all()
        let names = try await UserModel.displayNames(events.map(\.userID) + [m.createdBy], on: req.db)
        let timeline = [SubmissionPage.Event(at: Stamp(m.createdAt), actor: names[m.createdBy] ?? "", action: nil)]
            + events.map { SubmissionPage.Event(at: Stamp($0.at), actor: names[$0.userID] ?? "", action: SubmissionAction(rawValue: $0.action),
                                                comment: $0.comment) }
        let status = SubmissionStatus(rawValue: m.status) ?? .draft
        return SubmissionPage.Model(
            row: WebRows.submissions([m], tree: scope.tree, plans: plans, now: req.now)[0], narrative: m.narrative,
            values: values.compactMap { v in catalog[v.indicator].map { SubmissionPage.Value(ValueText(v, indicator: $0), lastYear: lastYear[v.indicator]) } },
            checks: checks, attachments: try await attachments(unit: m.unitID, period: period, on: req.db), timeline: timeline,
            allowedActions: Reporting.allowedActions(status: m.status, unit: m.unitID, scope: scope),
            canEdit: scope.can(.draftSubmission, on: m.unitID) && [.draft, .returned].contains(status), form: form)
    }

    /// Evidence of the unit's entries in the period: what a reviewer may want to open.
    static func attachments(unit: Int, period: Period?, on db: any Database) async throws -> [EntryFormPage.Evidence] {
        guard let period else { return [] }
        let ids = try await EntryModel.query(on: db).filter(\.$unitID == unit).filter(\.$countsOn >= period.start.iso)
            .filter(\.$countsOn <= period.end.iso).filter(\.$pending == false).field(\.$id).all().compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        var out: [EntryFormPage.Evidence] = []
        for start in stride(from: 0, to: ids.count, by: 5_000) {
            let chunk = Array(ids[start..<min(start + 5_000, ids.count)])
            out += try await EvidenceModel.query(on: db).filter(\.$entryID ~~ chunk).sort(\.$id).range(0..<50).all().map {
                EntryFormPage.Evidence(id: $0.id!, filename: $0.fileName, url: "/ledger/\($0.entryID)/evidence/\($0.id!)",
                                       sizeText: EvidenceStore.sizeText($0.size))
            }
            if out.count >= 50 { break }
        }
        return Array(out.prefix(50))
    }
}
