import Fluent
import TaizhangDomain
import Vapor

/// Retiring plans and changing or retiring validation rules (admins: both are shared by every
/// unit). A retired row stays (deactivated, `active = false`) so submissions and the audit
/// log that name it still resolve; the change is audited with its before and after.
extension PlanController {
    static func delete(req: Request) async throws -> HTTPStatus {
        let caller = try req.caller()
        guard try await req.scope().can(.manageGlobalSettings) else { throw AppError.forbidden }
        guard let model = try await PlanModel.find(try req.pathID(), on: req.db), model.active else {
            throw AppError.notFound("Plan", zh: "该报送计划")
        }
        model.active = false
        try await req.writes.run(try await req.actor()) { tx in let db = tx.db
            try await model.save(on: db)
            try await Audit.record(on: db, userID: caller.userID, action: "deactivate", entity: "plan", entityID: model.id,
                                   unitID: nil, before: model.domain, after: ["active": false], at: req.now)
        }
        return .noContent
    }
}

extension ValidationController {
    static func update(req: Request) async throws -> ValidationRule {
        let caller = try req.caller()
        guard try await req.scope().can(.manageGlobalSettings) else { throw AppError.forbidden }
        guard let model = try await ValidationRuleModel.find(try req.pathID(), on: req.db), model.active else {
            throw AppError.notFound("Validation rule", zh: "该校验规则")
        }
        let rule = try req.decodeJSON(ValidationRule.self)
        let catalog = try await req.catalog()
        for code in rule.left.indicatorCodes + rule.right.indicatorCodes where catalog[code] == nil {
            throw AppError.invalid([DomainError("unknown_indicator", zh: "未知指标“\(code)”。", en: "Unknown indicator “\(code)”.", field: "left")])
        }
        let before = model.domain
        model.definition = JSON.string(rule)
        try await req.writes.run(try await req.actor()) { tx in let db = tx.db
            try await model.save(on: db)
            try await Audit.record(on: db, userID: caller.userID, action: "update", entity: "validation_rule", entityID: model.id,
                                   unitID: nil, before: before, after: rule, at: req.now)
        }
        return model.domain!
    }

    static func delete(req: Request) async throws -> HTTPStatus {
        let caller = try req.caller()
        guard try await req.scope().can(.manageGlobalSettings) else { throw AppError.forbidden }
        guard let model = try await ValidationRuleModel.find(try req.pathID(), on: req.db), model.active else {
            throw AppError.notFound("Validation rule", zh: "该校验规则")
        }
        model.active = false
        try await req.writes.run(try await req.actor()) { tx in let db = tx.db
            try await model.save(on: db)
            try await Audit.record(on: db, userID: caller.userID, action: "deactivate", entity: "validation_rule", entityID: model.id,
                                   unitID: nil, before: model.domain, after: ["active": false], at: req.now)
        }
        return .noContent
    }
}
