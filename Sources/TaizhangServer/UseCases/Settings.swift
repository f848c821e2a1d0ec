import Fluent
import Foundation
import TaizhangDomain

/// Settings every unit shares, changed from the admin pages (and the API for targets,
/// indicators and holiday years): the system administrator's (`AccessScope.GlobalAction
/// .manageGlobalSettings`), except targets, which a unit's supervisor or leader sets. The rules
/// they must satisfy are the domain's: `Catalog.problems(of:)`, `HolidayCalendar.problems(of:)`.
enum Settings {
    static func requireGlobal(_ actor: Actor) throws {
        guard actor.scope.can(.manageGlobalSettings) else { throw AppError.forbidden }
    }

    /// Whom a plan reminds (`ReminderAudience`).
    static func setReminders(plan id: Int, _ audience: ReminderAudience, actor: Actor, writes: Writes) async throws {
        try requireGlobal(actor)
        guard !audience.beforeDue.isEmpty, !audience.afterDue.isEmpty else {
            throw AppError.badRequest("no_recipients", zh: "提醒对象不能为空。", en: "Choose at least one role to remind.", field: "before")
        }
        guard let model = try await PlanModel.find(id, on: writes.db), var plan = model.domain else { throw AppError.notFound("Plan", zh: "该报送计划") }
        let before = plan.reminds
        plan.reminds = audience
        let definition = JSON.string(plan)
        try await writes.run(actor) { tx in
            model.definition = definition
            try await model.save(on: tx.db)
            func text(_ a: ReminderAudience) -> String {
                a.beforeDue.map(\.rawValue).sorted().joined(separator: ",") + " / " + a.afterDue.map(\.rawValue).sorted().joined(separator: ",")
            }
            try await tx.audit("update", entity: "plan", id: id, unit: nil, changes: [FieldChange(field: "reminds", old: text(before), new: text(audience))])
        }
    }

    /// A new indicator in the catalog.
    static func addIndicator(_ indicator: Indicator, actor: Actor, writes: Writes, cache: CatalogCache) async throws {
        try requireGlobal(actor)
        let userID = try actor.requireUser
        let catalog = try await cache.catalog(on: writes.db)
        if catalog[indicator.code] != nil {
            throw AppError(.conflict, "indicator_exists", zh: "指标代码“\(indicator.code)”已存在。", en: "Indicator “\(indicator.code)” exists.", field: "code")
        }
        let problems = Catalog(indicators: catalog.indicators + [indicator]).problems(of: indicator)
        guard problems.isEmpty else { throw AppError.invalid(problems) }
        try await writes.run(actor) { tx in
            try await IndicatorModel(indicator).create(on: tx.db)
            try await Audit.record(on: tx.db, userID: userID, action: "create", entity: "indicator", entityID: nil,
                                   unitID: nil, before: Audit.None?.none, after: indicator, at: tx.now)
        }
        await cache.invalidate()
    }

    /// Retires an indicator (or brings it back): retired ones take no new values; recorded figures stay.
    static func setRetired(_ code: String, _ retired: Bool, actor: Actor, writes: Writes, cache: CatalogCache) async throws {
        try requireGlobal(actor)
        let userID = try actor.requireUser
        guard let model = try await IndicatorModel.query(on: writes.db).filter(\.$code == code).first(), let before = model.domain else {
            throw AppError.notFound("Indicator \(code)", zh: "指标“\(code)”")
        }
        var changed = before
        changed.retired = retired
        let after = changed
        try await writes.run(actor) { tx in
            model.definition = JSON.string(after)
            try await model.save(on: tx.db)
            try await Audit.record(on: tx.db, userID: userID, action: retired ? "retire" : "update", entity: "indicator",
                                   entityID: model.id, unitID: nil, before: before, after: after, at: tx.now)
        }
        await cache.invalidate()
    }

    /// Sets a unit's target for a year or half-year: the unit's supervisor or its leader.
    static func setTarget(_ target: Target, actor: Actor, writes: Writes, catalog: Catalog) async throws {
        let userID = try actor.requireUser
        guard actor.scope.tree[target.unitID] != nil else { throw AppError.notFound("Unit", zh: "该单位") }
        guard actor.scope.can(.manage, on: target.unitID) || actor.scope.can(.approve, on: target.unitID) else { throw AppError.forbidden }
        guard let ind = catalog[target.indicatorCode] else {
            throw AppError.invalid([DomainError("unknown_indicator", zh: "未知指标“\(target.indicatorCode)”。", en: "Unknown indicator “\(target.indicatorCode)”.", field: "indicator")])
        }
        guard [.year, .halfYear].contains(target.period.kind) else {
            throw AppError.badRequest("invalid_period", zh: "目标任务须按年度或半年设定。", en: "Targets are set per year or half-year.", field: "period")
        }
        guard target.value.isFinite, target.value > 0, ind.valueType == .decimal || target.value == target.value.rounded() else {
            throw AppError.invalid([DomainError("invalid_target", zh: "目标值须为正数（\(ind.measureWord)）。", en: "The target must be a positive number.", field: "value")])
        }
        try await writes.run(actor) { tx in
            let existing = try await TargetModel.query(on: tx.db).filter(\.$unitID == target.unitID)
                .filter(\.$indicatorCode == target.indicatorCode).filter(\.$periodCode == target.period.code).first()
            let before = existing?.domain
            let model = existing ?? TargetModel(target)
            model.value = target.value
            try await model.save(on: tx.db)
            try await Audit.record(on: tx.db, userID: userID, action: existing == nil ? "create" : "update", entity: "target",
                                   entityID: model.id, unitID: target.unitID, before: before, after: model.domain, at: tx.now)
        }
    }

    /// Switches a validation rule on or off.
    static func setRuleActive(_ id: Int, _ active: Bool, actor: Actor, writes: Writes) async throws {
        try requireGlobal(actor)
        guard let model = try await ValidationRuleModel.find(id, on: writes.db) else { throw AppError.notFound("Rule", zh: "该校验规则") }
        guard model.active != active else { return }
        try await writes.run(actor) { tx in
            model.active = active
            try await model.save(on: tx.db)
            try await tx.audit("update", entity: "validation_rule", id: id, unit: nil,
                               changes: [FieldChange(field: "active", old: String(!active), new: String(active))])
        }
    }

    /// Replaces a year of the holiday calendar (checked, stored, in force at once).
    static func replaceHolidayYear(_ input: HolidayCalendar.Year, actor: Actor, writes: Writes) async throws {
        try requireGlobal(actor)
        let userID = try actor.requireUser
        let problems = HolidayCalendar.problems(of: input)
        guard problems.isEmpty else { throw AppError.invalid(problems) }
        try await writes.run(actor) { tx in
            let model = try await HolidayYearModel.query(on: tx.db).filter(\.$year == input.year).first() ?? HolidayYearModel()
            let before = model.id == nil ? nil : model.domain
            model.year = input.year; model.definition = JSON.string(input); model.updatedAt = tx.now
            try await model.save(on: tx.db)
            try await Audit.record(on: tx.db, userID: userID, action: before == nil ? "create" : "update", entity: "holiday_year",
                                   entityID: model.id, unitID: nil, before: before, after: input, at: tx.now)
        }
        _ = try await HolidayService.refresh(on: writes.db)
    }
}
