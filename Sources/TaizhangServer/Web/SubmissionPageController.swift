import Fluent
import Foundation
import TaizhangDomain
import TaizhangWeb
import Vapor

/// The submissions list and the draft form. Drafting goes through the API's
/// `Reporting.create`: same permission check, values totalled from the ledger,
/// validation, transaction and audit entry.
enum SubmissionPageController {
    static let pageSize = 30

    static func list(req: Request) async throws -> Response {
        let (ctx, unit, scope) = try await req.pageSession()
        let model = try await listModel(unit: unit, scope: scope, req: req)
        return req.html(SubmissionsPage.render(model, ctx)).clearingFlash(req)
    }

    /// The unit's submissions; a supervisor (or admin) also sees the units below.
    static func listModel(unit: DomainUnit, scope: AccessScope, req: Request, form: FormState? = nil) async throws -> SubmissionsPage.Model {
        let roles = scope.roles(on: unit.id)
        let units = roles.contains(.supervisor) || roles.contains(.admin)
            ? scope.tree.subtree(of: unit.id).map(\.id).filter { scope.can(.read, on: $0) } : [unit.id]
        let status = req.queryText("status").flatMap(SubmissionStatus.init(rawValue:))
        let query = SubmissionModel.query(on: req.db).filter(\.$unitID ~~ units)
        if let status { query.filter(\.$status == status.rawValue) }
        let total = try await query.count()
        let pages = max(1, (total + pageSize - 1) / pageSize)
        let page = min(max(req.query[Int.self, at: "page"] ?? 1, 1), pages)
        let models = try await query.sort(\.$periodCode, .descending).sort(\.$id, .descending)
            .range(((page - 1) * pageSize)..<(page * pageSize)).all()
        let plans = try await PlanModel.byID(on: req.db)
        let draftable = scope.can(.draftSubmission, on: unit.id)
            ? plans.values.filter { $0.applies(to: unit) }.sorted { $0.id < $1.id } : []
        let today = CivilDate(req.now)
        var periods: [Period] = []
        for kind in Period.Kind.allCases where draftable.contains(where: { $0.periodKind == kind }) {
            let current = Period.containing(today, kind: kind)
            periods += (0...3).map { current.offset(by: -$0) }.filter { p in draftable.contains { $0.periodKind == kind && $0.applies(to: p) } }
        }
        periods.sort { $0.end == $1.end ? $0.kind.rawValue < $1.kind.rawValue : $0.end > $1.end }
        // Preselect the period most likely wanted: the first plan's latest period that has ended.
        let suggested = draftable.first.map { Period.containing(today, kind: $0.periodKind).previous.code } ?? ""
        return SubmissionsPage.Model(
            rows: WebRows.submissions(models, tree: scope.tree, plans: plans, now: req.now), showUnit: units.count > 1,
            statusFilter: status?.rawValue, plans: draftable.map { PlanChoice(id: $0.id, name: $0.name) }, draftPeriods: periods,
            form: form ?? FormState(values: ["plan_id": draftable.first.map { String($0.id) } ?? "", "period": suggested]),
            page: page, pageCount: pages)
    }

    /// POST /submissions {plan_id, period}: a new draft, or the existing one for that
    /// plan and period (the home page's "start" button may be pressed twice).
    static func create(req: Request) async throws -> Response {
        let (ctx, unit, scope) = try await req.pageSession()
        let form = try WebForm.read(req)
        let zh = ctx.lang != .en
        var errors: [String: String] = [:]
        let planID = Int(form.values["plan_id"] ?? "")
        if planID == nil { errors["plan_id"] = zh ? "请选择报送计划。" : "Choose a plan." }
        let period = Period(code: form.values["period"] ?? "")
        if period == nil { errors["period"] = zh ? "请选择报送期次。" : "Choose a period." }
        var formError: String?
        if let planID, let period {
            if let existing = try await SubmissionModel.query(on: req.db).filter(\.$unitID == unit.id)
                .filter(\.$planID == planID).filter(\.$periodCode == period.code).first() {
                return req.seeOther("/submissions/\(existing.id!)", flash: .init(.info, WorkMessage.draftExists.text(ctx.lang)))
            }
            do {
                let id = try await Reporting.create(.init(unitId: unit.id, planId: planID, period: period), actor: try await req.actor(),
                                                    catalog: try await req.catalog(), writes: req.writes)
                return req.seeOther("/submissions/\(id)", flash: .init(.success, WorkMessage.draftCreated.text(ctx.lang)))
            } catch let e as AppError where [.badRequest, .conflict, .unprocessableEntity].contains(e.status) {
                let messages = (e.details.isEmpty ? [DomainError(e.code, zh: e.zh, en: e.en, field: e.field)] : e.details)
                for d in messages {
                    if let field = d.field, ["plan_id", "period"].contains(field) {
                        errors[field, default: ""] += zh ? d.zh : d.en
                    } else {
                        formError = (formError.map { $0 + " " } ?? "") + (zh ? d.zh : d.en)
                    }
                }
            }
        }
        let state = FormState(values: form.values, errors: errors, formError: formError ?? WorkMessage.fixFields.text(ctx.lang))
        let model = try await listModel(unit: unit, scope: scope, req: req, form: state)
        return req.html(SubmissionsPage.render(model, ctx), status: .unprocessableEntity)
    }
}
