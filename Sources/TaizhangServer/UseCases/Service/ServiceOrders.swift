import Fluent
import Foundation
import TaizhangDomain
import TaizhangService

/// SPEC §7 督办: issued on a case at a level, answered by the department within the
/// level's working days, closed by the supervision side, escalated when unanswered.
/// The first level is the supervision section's (the centre's own people or a
/// supervisor); higher levels need a supervisor of the centre. Shared by the API
/// (`ServiceOrderController`) and the case page.
enum ServiceOrders {
    /// The centre's orders the actor may read, newest first; `status` filters (`open_all`: not closed).
    static func list(centre: Int, status: String?, in ctx: ServiceContext) async throws -> [OrderView] {
        let access = try ctx.access(centre)
        let rules = try await ctx.store.rules(), today = ctx.today
        return try await ctx.store.orders(access.centre)
            .filter { access.mayRead(department: $0.departmentID) }
            .map { OrderView($0, today: today, rules: rules) }
            .filter { status == nil || $0.status == status || (status == "open_all" && $0.status != "closed") }
            .reversed()
    }

    static func issue(caseID: Int, level: String, reason: String, escalatedFrom: Int? = nil, in ctx: ServiceContext) async throws -> OrderView {
        let centre = try await ctx.centreOf(case: caseID)
        let rules = try await ctx.store.rules()
        let first = rules.supervision.levels.first?.code == level
        let access = try ctx.supervising(centre, manage: !first)
        let today = ctx.today, table = ServiceContext.workingDays(around: today), by = ctx.actor.displayName
        return try await ctx.write { db in
            let store = ServiceStore(db: db)
            guard let c = try await store.cases(centre, ids: [caseID]).first else { throw AppError.notFound("Case", zh: "该办件") }
            let existing = try await store.orders(centre, caseIDs: [caseID])
            let order = try AppError.refusing {
                try SupervisionOrder.issue(id: 0, case: c, level: level, on: today, by: by, reason: reason, existing: existing,
                                           rules: rules.supervision, table: table, escalatedFrom: escalatedFrom)
            }
            return try await save("issue", order, centre: access.centre, rules: rules, on: db, in: ctx)
        }
    }

    /// The department's answer to order `id`.
    static func respond(_ id: Int, text: String, in ctx: ServiceContext) async throws -> OrderView {
        let by = ctx.actor.displayName
        return try await change(id, "respond", answer: true, in: ctx) { o, _, today in try o.respond(on: today, by: by, text: text) }
    }

    static func close(_ id: Int, conclusion: String, in ctx: ServiceContext) async throws -> OrderView {
        try await change(id, "close", answer: false, in: ctx) { o, rules, today in try o.close(on: today, conclusion: conclusion, rules: rules.supervision) }
    }

    /// Opens the next level's order; the lower one stays on file.
    static func escalate(_ id: Int, in ctx: ServiceContext) async throws -> OrderView {
        guard let model = try await ServiceOrderModel.find(id, on: ctx.db), let order = model.domain else { throw AppError.notFound("Order", zh: "该督办") }
        let rules = try await ctx.store.rules()
        guard let next = rules.supervision.level(after: order.level) else {
            throw AppError(.unprocessableEntity, "top_level", zh: "已是最高督办层级。", en: "This is already the highest supervision level.")
        }
        if order.closedOn != nil {
            throw AppError(.unprocessableEntity, "order_closed", zh: "该督办已办结，无需升级。", en: "The order is closed.")
        }
        return try await issue(caseID: order.caseID, level: next.code, reason: "逐级督办：\(order.reason)", escalatedFrom: order.id, in: ctx)
    }

    /// The case an order is about (for the page to come back to).
    static func caseOf(order id: Int, in ctx: ServiceContext) async throws -> Int {
        guard let model = try await ServiceOrderModel.find(id, on: ctx.db) else { throw AppError.notFound("Order", zh: "该督办") }
        return model.caseID
    }

    /// Loads the order, checks the actor (the department answers; the supervision side
    /// closes), applies the pure action (a refusal is 422) and saves it with the audit record.
    private static func change(_ id: Int, _ action: String, answer: Bool, in ctx: ServiceContext,
                               _ body: @escaping @Sendable (inout SupervisionOrder, ServiceRuleSet, CivilDate) throws -> Void) async throws -> OrderView {
        guard let found = try await ServiceOrderModel.find(id, on: ctx.db) else { throw AppError.notFound("Order", zh: "该督办") }
        let access = try ctx.access(found.centreID)
        guard answer ? access.mayAnswer(department: found.departmentID) : access.supervises else { throw AppError.forbidden }
        let rules = try await ctx.store.rules(), today = ctx.today
        return try await ctx.write { db in
            guard let model = try await ServiceOrderModel.find(id, on: db), let before = model.domain else { throw AppError.notFound("Order", zh: "该督办") }
            var order = before
            try AppError.refusing { try body(&order, rules, today) }
            model.store(order, centre: model.centreID)
            try await model.save(on: db)
            try await ctx.audit(on: db, action, "service_order", id: model.id, unit: model.centreID, before: before, after: order)
            return OrderView(order, today: today, rules: rules)
        }
    }

    private static func save(_ action: String, _ order: SupervisionOrder, centre: Int, rules: ServiceRuleSet,
                             on db: any Database, in ctx: ServiceContext) async throws -> OrderView {
        let model = ServiceOrderModel()
        model.store(order, centre: centre)
        try await model.create(on: db)
        var saved = order
        saved.id = try model.requireID()
        model.definition = JSON.string(saved)
        try await model.save(on: db)
        try await ctx.audit(on: db, action, "service_order", id: saved.id, unit: centre, after: saved)
        return OrderView(saved, today: ctx.today, rules: rules)
    }
}
