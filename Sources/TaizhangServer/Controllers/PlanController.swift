import Fluent
import TaizhangDomain
import Vapor

/// Reporting plans (报送计划) and validation rules: data that supervisors and admins change.
enum PlanController {
    static func list(req: Request) async throws -> [ReportingPlan] {
        _ = try req.caller()
        return try await PlanModel.active(on: req.db)
    }

    static func create(req: Request) async throws -> ReportingPlan {
        try await save(req: req, id: nil)
    }

    static func update(req: Request) async throws -> ReportingPlan {
        try await save(req: req, id: try req.pathID())
    }

    private static func save(req: Request, id: Int?) async throws -> ReportingPlan {
        let caller = try req.caller()
        guard try await req.scope().can(.manageGlobalSettings) else { throw AppError.forbidden }
        var plan = try req.decodeJSON(ReportingPlan.self)
        guard !plan.name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw AppError.badRequest("invalid_name", zh: "请填写报送计划名称。", en: "The plan needs a name.", field: "name")
        }
        guard !plan.appliesTo.kinds.isEmpty || !plan.appliesTo.flags.isEmpty else {
            throw AppError.badRequest("empty_selector", zh: "请指定适用的单位类型或标志。", en: "Say which unit kinds or flags the plan applies to.", field: "applies_to")
        }
        let model: PlanModel
        let before: ReportingPlan?
        if let id {
            guard let m = try await PlanModel.find(id, on: req.db) else { throw AppError.notFound("Plan", zh: "该报送计划") }
            before = m.domain; model = m; plan.id = id
            model.definition = JSON.string(plan)
        } else {
            before = nil
            model = PlanModel(plan)
        }
        try await req.writes.run(try await req.actor()) { tx in let db = tx.db
            try await model.save(on: db)
            try await Audit.record(on: db, userID: caller.userID, action: id == nil ? "create" : "update", entity: "plan",
                                   entityID: model.id, unitID: nil, before: before, after: model.domain, at: req.now)
        }
        return model.domain!
    }
}

enum ValidationController {
    struct Check: Content { var values: [IndicatorValue] }
    struct Outcome: Content { var results: [RuleResult]; var blocking: Bool }

    static func list(req: Request) async throws -> [ValidationRule] {
        _ = try req.caller()
        return try await Reporting.validationRules(on: req.db)
    }

    static func create(req: Request) async throws -> ValidationRule {
        let caller = try req.caller()
        guard try await req.scope().can(.manageGlobalSettings) else { throw AppError.forbidden }
        let rule = try req.decodeJSON(ValidationRule.self)
        let catalog = try await req.catalog()
        for code in rule.left.indicatorCodes + rule.right.indicatorCodes where catalog[code] == nil {
            throw AppError.invalid([DomainError("unknown_indicator", zh: "未知指标“\(code)”。", en: "Unknown indicator “\(code)”.", field: "left")])
        }
        let model = ValidationRuleModel(rule)
        try await req.writes.run(try await req.actor()) { tx in let db = tx.db
            try await model.create(on: db)
            try await Audit.record(on: db, userID: caller.userID, action: "create", entity: "validation_rule", entityID: model.id,
                                   unitID: nil, before: Audit.None?.none, after: rule, at: req.now)
        }
        return model.domain!
    }

    /// Evaluates all active rules against the given values (no storage).
    static func check(req: Request) async throws -> Outcome {
        _ = try req.caller()
        let body = try req.decodeJSON(Check.self)
        let (results, blocking) = try await Reporting.validationRules(on: req.db).evaluate(Reporting.valueMap(body.values))
        return Outcome(results: results, blocking: blocking)
    }

}
