import Fluent
import Foundation
import TaizhangDomain

/// Submissions (报送): drafted from the ledger, edited, then moved through the state
/// machine. Transitions re-read the status on the locked row inside the transaction, so of
/// two concurrent decisions exactly one lands and the other gets 409 with the current state.
enum Reporting {
    struct CreateInput: Codable, Sendable {
        var unitId: Int
        var planId: Int
        var period: Period
        var narrative: String?
        /// Values to report; when absent they are drafted from the ledger.
        var values: [IndicatorValue]?
        /// Ledger entries the report draws on; each must lie inside the period.
        var entryIds: [Int]?
    }
    struct UpdateInput: Codable, Sendable {
        var narrative: String?
        var values: [IndicatorValue]?
        /// The version the edit is based on (required).
        var version: Int?
    }
    struct TransitionInput: Codable, Sendable {
        var action: SubmissionAction
        var comment: String?
    }

    /// Drafts a submission (values from the ledger unless given).
    static func create(_ input: CreateInput, actor: Actor, catalog: Catalog, writes: Writes) async throws -> Int {
        let userID = try actor.requireUser
        try actor.authorize(.draftSubmission, unit: input.unitId)
        if let problem = TextRules.problem(input.narrative, field: "narrative", max: TextRules.narrativeMax, multiline: true) { throw AppError.invalid([problem]) }
        let db = writes.db
        guard let plan = try await PlanModel.find(input.planId, on: db)?.domain else { throw AppError.notFound("Plan", zh: "该报送计划") }
        guard plan.applies(to: actor.scope.tree[input.unitId]!) else {
            throw AppError.badRequest("plan_not_applicable", zh: "该报送计划不适用于本单位。", en: "This plan does not apply to the unit.", field: "plan_id")
        }
        guard plan.applies(to: input.period) else {
            throw AppError.badRequest("wrong_period", zh: "“\(plan.name)”按\(periodKindZh(plan.periodKind))报送，期间“\(input.period.code)”不符。",
                                      en: "“\(plan.name)” is reported per \(plan.periodKind.rawValue); period \(input.period.code) does not fit.", field: "period")
        }
        guard input.period.start <= CivilDate(writes.now) else {
            throw AppError.badRequest("future_period", zh: "不能为尚未开始的期间报送。", en: "The period has not started yet.", field: "period")
        }
        try await checkEntries(input.entryIds ?? [], unit: input.unitId, period: input.period, on: db)
        var values = input.values ?? []
        if input.values == nil {
            values = try await AggregateStore.totals(units: actor.scope.readableIDs(root: input.unitId, subtree: true), period: input.period,
                                                     catalog: catalog, on: db)
                .map { IndicatorValue(indicator: $0.indicator, value: $0.value, qualifier: $0.approximate ? "余" : nil) }
        }
        try await validate(values, catalog: catalog, on: db)
        let valuesJSON = JSON.string(values)
        let narrative = try await Self.narrative(input.narrative, actor: actor, catalog: catalog, writes: writes, unit: input.unitId,
                                                 plan: plan, period: input.period)
        return try await writes.run(actor) { tx in
            if let existing = try await SubmissionModel.query(on: tx.db).filter(\.$unitID == input.unitId).filter(\.$planID == plan.id)
                .filter(\.$periodCode == input.period.code).first() {
                throw AppError(.conflict, "submission_exists", zh: "本单位该期报送已存在（编号\(existing.id!)），请打开后继续编辑。",
                               en: "A submission for this unit, plan and period exists (id \(existing.id!)).", field: "id",
                               details: [DomainError("existing_id", zh: "\(existing.id!)", en: "\(existing.id!)", field: "id")])
            }
            let m = SubmissionModel()
            m.unitID = input.unitId; m.planID = plan.id; m.periodCode = input.period.code; m.status = SubmissionStatus.draft.rawValue
            m.narrative = narrative; m.valuesJSON = valuesJSON; m.createdBy = userID
            m.createdAt = tx.now; m.updatedAt = tx.now; m.version = 1
            try await m.create(on: tx.db)
            try await tx.audit("create", entity: "submission", id: m.id, unit: m.unitID, period: m.periodCode,
                               changes: FieldChange.between(nil, fields(m)))
            return m.id!
        }
    }

    /// Changes a draft's or returned submission's narrative and values at `input.version`.
    static func update(_ id: Int, _ input: UpdateInput, actor: Actor, catalog: Catalog, writes: Writes) async throws {
        let current = try await find(id, on: writes.db)
        try actor.authorize(.draftSubmission, unit: current.unitID)
        if let problem = TextRules.problem(input.narrative, field: "narrative", max: TextRules.narrativeMax, multiline: true) { throw AppError.invalid([problem]) }
        try editable(current)
        guard let version = input.version else { throw Versioning.required }
        if let v = input.values { try await validate(v, catalog: catalog, on: writes.db) }
        try await writes.run(actor) { tx in
            guard let m = try await tx.locked(SubmissionModel.self, id) else { throw AppError.notFound("Submission", zh: "该报送") }
            try editable(m)
            guard m.version == version else {
                throw try await Versioning.stale(entity: "submission", id: id, yours: version, current: m.version, on: tx.db)
            }
            let before = fields(m)
            if let n = input.narrative { m.narrative = n }
            if let v = input.values { m.valuesJSON = JSON.string(v) }
            m.updatedAt = tx.now; m.version += 1
            try await m.save(on: tx.db)
            try await tx.audit("update", entity: "submission", id: id, unit: m.unitID, period: m.periodCode,
                               changes: FieldChange.between(before, fields(m)))
        }
    }

    static func editable(_ m: SubmissionModel) throws {
        guard [SubmissionStatus.draft.rawValue, SubmissionStatus.returned.rawValue].contains(m.status) else {
            throw AppError(.conflict, "not_editable", zh: "已报送的材料不能修改；如需修改请联系审核人退回。", en: "Only drafts and returned submissions can be edited.")
        }
    }

    static func find(_ id: Int, on db: any Database) async throws -> SubmissionModel {
        guard let m = try await SubmissionModel.find(id, on: db) else { throw AppError.notFound("Submission", zh: "该报送") }
        return m
    }

    /// The submission as flat fields for the audit diff.
    static func fields(_ m: SubmissionModel) -> [String: String] {
        var f = ["status": m.status, "narrative": m.narrative, "version": String(m.version)]
        for v in JSON.decode([IndicatorValue].self, m.valuesJSON) ?? [] { f["values.\(v.indicator)"] = StoredEntry.text(v.value, v.qualifier) }
        return f
    }

    static func periodKindZh(_ k: Period.Kind) -> String {
        switch k { case .month: "月"; case .quarter: "季度"; case .halfYear: "半年"; case .year: "年" }
    }
}

extension Reporting {
    /// The active validation rules, in order.
    static func validationRules(on db: any Database) async throws -> [ValidationRule] {
        try await ValidationRuleModel.query(on: db).filter(\.$active == true).sort(\.$id).all().compactMap(\.domain)
    }

    /// Values by indicator, as the rules read them (repeated indicators add up).
    static func valueMap(_ list: [IndicatorValue]) -> [String: Double] {
        Dictionary(list.map { ($0.indicator, $0.value) }, uniquingKeysWith: +)
    }
}
