import Fluent
import Foundation
import TaizhangDomain
import TaizhangService
import Vapor

/// An order with its status on the day and whether it should go up a level.
struct OrderView: Content {
    var order: SupervisionOrder
    var status: String
    var statusText: String
    var levelText: String
    var escalationDue: Bool

    init(_ o: SupervisionOrder, today: CivilDate, rules: ServiceRuleSet) {
        order = o
        let s = o.status(asOf: today)
        status = s.rawValue; statusText = s.chinese; levelText = rules.supervision.level(o.level)?.zh ?? o.level
        escalationDue = o.escalationDue(asOf: today, rules: rules.supervision)
    }
}

/// SPEC §7 督办: issued on a case at a level, answered by the department within the
/// level's working days, closed by the supervision side, escalated when unanswered.
/// The first level is the supervision section's (the centre's own people or a
/// supervisor); higher levels need a supervisor of the centre.
enum ServiceOrderController {
    struct IssueInput: Content { var level: String; var reason: String }
    struct ResponseInput: Content { var text: String }
    struct CloseInput: Content { var conclusion: String? }

    static func list(req: Request) async throws -> [OrderView] {
        let access = try await req.centreAccess()
        let rules = try await req.serviceStore.rules()
        let status = req.queryText("status")
        return try await req.serviceStore.orders(access.centre)
            .filter { access.mayRead(department: $0.departmentID) }
            .map { OrderView($0, today: req.today, rules: rules) }
            .filter { status == nil || $0.status == status || (status == "open_all" && $0.status != "closed") }
            .reversed()
    }

    static func issue(req: Request) async throws -> Response {
        let caseID = try req.pathID()
        let input = try req.decodeJSON(IssueInput.self)
        return try Response.created(try await issue(req, caseID: caseID, level: input.level, reason: input.reason))
    }

    static func issue(_ req: Request, caseID: Int, level: String, reason: String, escalatedFrom: Int? = nil) async throws -> OrderView {
        guard let centre = try await ServiceStore.centreOf(case: caseID, on: req.db) else { throw AppError.notFound("Case", zh: "该办件") }
        let rules = try await req.serviceStore.rules()
        let first = rules.supervision.levels.first?.code == level
        let access = try await req.supervisingCentre(centre, manage: !first)
        let today = req.today, table = req.workingDays(around: today), by = try req.caller().displayName
        return try await req.serviceWrite { db in
            let store = ServiceStore(db: db)
            guard let c = try await store.cases(centre, ids: [caseID]).first else { throw AppError.notFound("Case", zh: "该办件") }
            let existing = try await store.orders(centre, caseIDs: [caseID])
            let order = try AppError.refusing {
                try SupervisionOrder.issue(id: 0, case: c, level: level, on: today, by: by, reason: reason, existing: existing,
                                           rules: rules.supervision, table: table, escalatedFrom: escalatedFrom)
            }
            return try await save(req, "issue", order, centre: access.centre, rules: rules, on: db)
        }
    }

    static func respond(req: Request) async throws -> OrderView { try await respond(req, text: try req.decodeJSON(ResponseInput.self).text) }

    /// The department's answer to the order named by the path (API and page).
    static func respond(_ req: Request, text: String) async throws -> OrderView {
        let by = try req.caller().displayName
        return try await change(req, "respond", answer: true) { o, _, today in try o.respond(on: today, by: by, text: text) }
    }

    static func close(req: Request) async throws -> OrderView { try await close(req, conclusion: try req.decodeJSON(CloseInput.self).conclusion ?? "") }

    static func close(_ req: Request, conclusion: String) async throws -> OrderView {
        try await change(req, "close", answer: false) { o, rules, today in try o.close(on: today, conclusion: conclusion, rules: rules.supervision) }
    }

    /// Opens the next level's order; the lower one stays on file.
    static func escalateOrder(req: Request) async throws -> Response { try Response.created(try await escalate(req)) }

    static func escalate(_ req: Request) async throws -> OrderView {
        let id = try req.pathID()
        guard let model = try await ServiceOrderModel.find(id, on: req.db), let order = model.domain else { throw AppError.notFound("Order", zh: "该督办") }
        let rules = try await req.serviceStore.rules()
        guard let next = rules.supervision.level(after: order.level) else {
            throw AppError(.unprocessableEntity, "top_level", zh: "已是最高督办层级。", en: "This is already the highest supervision level.")
        }
        if order.closedOn != nil {
            throw AppError(.unprocessableEntity, "order_closed", zh: "该督办已办结，无需升级。", en: "The order is closed.")
        }
        return try await issue(req, caseID: order.caseID, level: next.code, reason: "逐级督办：\(order.reason)", escalatedFrom: order.id)
    }

    /// Loads the order, checks the caller (the department answers; the supervision side
    /// closes), applies the pure action (a refusal is 422) and saves it with the audit record.
    private static func change(_ req: Request, _ action: String, answer: Bool,
                               _ body: @escaping @Sendable (inout SupervisionOrder, ServiceRuleSet, CivilDate) throws -> Void) async throws -> OrderView {
        let id = try req.pathID()
        guard let found = try await ServiceOrderModel.find(id, on: req.db) else { throw AppError.notFound("Order", zh: "该督办") }
        let access = try await req.centreAccess(found.centreID)
        guard answer ? access.mayAnswer(department: found.departmentID) : access.supervises else { throw AppError.forbidden }
        let rules = try await req.serviceStore.rules(), today = req.today
        return try await req.serviceWrite { db in
            guard let model = try await ServiceOrderModel.find(id, on: db), let before = model.domain else { throw AppError.notFound("Order", zh: "该督办") }
            var order = before
            try AppError.refusing { try body(&order, rules, today) }
            model.store(order, centre: model.centreID)
            try await model.save(on: db)
            try await req.audit(on: db, action, "service_order", id: model.id, unit: model.centreID, before: before, after: order)
            return OrderView(order, today: today, rules: rules)
        }
    }

    private static func save(_ req: Request, _ action: String, _ order: SupervisionOrder, centre: Int, rules: ServiceRuleSet,
                             on db: any Database) async throws -> OrderView {
        let model = ServiceOrderModel()
        model.store(order, centre: centre)
        try await model.create(on: db)
        var saved = order
        saved.id = try model.requireID()
        model.definition = JSON.string(saved)
        try await model.save(on: db)
        try await req.audit(on: db, action, "service_order", id: saved.id, unit: centre, after: saved)
        return OrderView(saved, today: req.today, rules: rules)
    }
}
