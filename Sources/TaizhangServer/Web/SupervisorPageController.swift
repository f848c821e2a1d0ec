import Fluent
import Foundation
import TaizhangDomain
import TaizhangWeb
import Vapor

/// The supervisor's view of reporting: the matrix of units × periods for a plan over
/// the current unit's subtree (each cell linking to its submission), and chasing the
/// units that have not submitted.
enum SupervisorPageController {
    static func matrix(req: Request) async throws -> Response {
        let (ctx, unit, scope) = try await req.pageSession()
        let plans = try await PlanModel.active(on: req.db)
        let choices = plans.map { PlanChoice(id: $0.id, name: $0.name) }
        guard let plan = plans.first(where: { $0.id == req.query[Int.self, at: "plan"] }) ?? plans.first else {
            let empty = MatrixPage.Grid(periods: [], rows: [], columns: [], total: .init(expected: 0, actual: 0, onTime: 0))
            return req.html(MatrixPage.render(.init(plans: [], planID: 0, grid: empty), ctx)).clearingFlash(req)
        }
        let current = Period.containing(CivilDate(req.now), kind: plan.periodKind)
        // Unreadable or mismatched from/to fall back to the default window, as a filter should.
        func period(_ name: String) -> Period? {
            req.queryText(name).flatMap { Period(code: $0) }.flatMap { $0.kind == plan.periodKind ? $0 : nil }
        }
        let to = period("to") ?? current
        var from = period("from") ?? to.offset(by: -11)
        if from > to { from = to }
        if Period.range(from, through: to).count > 60 { from = to.offset(by: -59) }
        let periods = Period.range(from, through: to)
        let units = scope.tree.subtree(of: unit.id).filter { scope.can(.read, on: $0.id) }
        let matrix = ReportingMatrix.compute(plan: plan, units: units, periods: periods,
                                             firstSubmitted: try await MatrixStore.firstSubmitted(planID: plan.id, periods: periods, on: req.db),
                                             now: req.now)
        let grid = MatrixPage.Grid(matrix, submissionIDs: try await submissionIDs(planID: plan.id, periods: matrix.periods,
                                                                                   units: Set(matrix.rows.map(\.unitID)), on: req.db))
        let options = Period.range(current.offset(by: -23), through: current).reversed().filter(plan.applies(to:))
        let model = MatrixPage.Model(plans: choices, planID: plan.id, grid: grid, periodOptions: Array(options), from: from, to: to)
        return req.html(MatrixPage.render(model, ctx)).clearingFlash(req)
    }

    /// `[unit id: [period code: submission id]]` for the cell links.
    static func submissionIDs(planID: Int, periods: [Period], units: Set<Int>, on db: any Database) async throws -> [Int: [String: Int]] {
        guard !periods.isEmpty, !units.isEmpty else { return [:] }
        let rows = try await SubmissionModel.query(on: db).filter(\.$planID == planID).filter(\.$periodCode ~~ periods.map(\.code))
            .field(\.$id).field(\.$unitID).field(\.$periodCode).all()
        var out: [Int: [String: Int]] = [:]
        for s in rows where units.contains(s.unitID) { out[s.unitID, default: [:]][s.periodCode] = s.id }
        return out
    }

    /// POST /reminders/non-submitters {plan_id, period}: reminds every unit below the
    /// current one that the caller reviews and that has not submitted.
    static func remindNonSubmitters(req: Request) async throws -> Response {
        let (ctx, unit, scope) = try await req.pageSession()
        let form = try WebForm.read(req)
        let below = scope.tree.subtree(of: unit.id).filter { scope.can(.review, on: $0.id) }
        guard !below.isEmpty else { throw AppError.forbidden }
        guard let planID = Int(form.values["plan_id"] ?? ""), let plan = try await PlanModel.find(planID, on: req.db)?.domain else {
            throw AppError.notFound("Plan", zh: "该报送计划")
        }
        guard let period = Period(code: form.values["period"] ?? ""), period.kind == plan.periodKind else {
            throw AppError.badRequest("invalid_period", zh: "请选择与报送计划周期一致的期次。", en: "Choose a period of the plan's kind.", field: "period")
        }
        let sent = try await ReminderService.chase(plan: plan, period: period, units: below, app: req.application, now: req.now)
        try await req.writes.run(try await req.actor()) { tx in
            try await tx.audit("remind", entity: "plan", id: plan.id, unit: unit.id, period: period.code,
                               changes: [FieldChange(field: "units", old: nil, new: sent.map { String($0.unitId) }.joined(separator: ","))])
        }
        let back = "/matrix?plan=\(plan.id)"
        return req.seeOther(back, flash: sent.isEmpty ? .init(.info, WorkMessage.nothingToRemind.text(ctx.lang))
                                                       : .init(.success, WorkMessage.remindersSent(sent.count).text(ctx.lang)))
    }
}
