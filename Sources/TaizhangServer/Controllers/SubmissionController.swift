import Fluent
import TaizhangDomain
import Vapor

/// Submissions (报送): draft from the ledger, then submit → leader approve → supervisor
/// accept, or return with a comment; every transition timestamped and attributed.
enum SubmissionController {
    static func list(req: Request) async throws -> [SubmissionDTO] {
        let unitID = try req.queryInt("unit")
        try await req.authorize(.read, unit: unitID)
        var q = SubmissionModel.query(on: req.db).filter(\.$unitID == unitID)
        if let plan = req.query[Int.self, at: "plan"] { q = q.filter(\.$planID == plan) }
        if let raw = req.query[String.self, at: "period"] { q = q.filter(\.$periodCode == (try Period.parse(raw)).code) }
        let models = try await q.sort(\.$periodCode, .descending).range(0..<500).all()
        let plans = try await PlanModel.byID(on: req.db)
        let rules = try await ValidationController.rules(on: req.db)
        let ids = models.compactMap(\.id)
        let events = ids.isEmpty ? [] : try await SubmissionEventModel.query(on: req.db).filter(\.$submissionID ~~ ids).sort(\.$id).all()
        let byID = Dictionary(grouping: events, by: \.submissionID)
        return models.map { dto($0, plan: plans[$0.planID], events: byID[$0.id!] ?? [], rules: rules, now: req.now, language: req.language) }
    }

    static func get(req: Request) async throws -> SubmissionDTO {
        let m = try await find(req)
        try await req.authorize(.read, unit: m.unitID)
        return try await load(m, req: req)
    }

    static func create(req: Request) async throws -> Response {
        let m = try await create(try req.decodeJSON(CreateInput.self), req: req)
        let response = Response(status: .created)
        try response.content.encode(try await load(m, req: req))
        return response
    }

    /// Drafts a submission (values from the ledger unless given); shared with the submissions page.
    static func create(_ input: CreateInput, req: Request) async throws -> SubmissionModel {
        let caller = try req.caller()
        let scope = try await req.authorize(.draftSubmission, unit: input.unitId)
        guard let plan = try await PlanModel.find(input.planId, on: req.db)?.domain else { throw AppError.notFound("Plan", zh: "该报送计划") }
        guard plan.applies(to: scope.tree[input.unitId]!) else {
            throw AppError.badRequest("plan_not_applicable", zh: "该报送计划不适用于本单位。", en: "This plan does not apply to the unit.", field: "plan_id")
        }
        guard plan.applies(to: input.period) else {
            throw AppError.badRequest("wrong_period", zh: "“\(plan.name)”按\(periodKindZh(plan.periodKind))报送，期间“\(input.period.code)”不符。",
                                      en: "“\(plan.name)” is reported per \(plan.periodKind.rawValue); period \(input.period.code) does not fit.", field: "period")
        }
        guard input.period.start <= CivilDate(req.now) else {
            throw AppError.badRequest("future_period", zh: "不能为尚未开始的期间报送。", en: "The period has not started yet.", field: "period")
        }
        if try await SubmissionModel.query(on: req.db).filter(\.$unitID == input.unitId).filter(\.$planID == plan.id)
            .filter(\.$periodCode == input.period.code).first() != nil {
            throw AppError(.conflict, "submission_exists", zh: "本单位该期报送已存在，请打开后继续编辑。", en: "A submission for this unit, plan and period exists.")
        }
        try await checkEntries(input.entryIds ?? [], unit: input.unitId, period: input.period, on: req.db)
        var values = input.values ?? []
        if input.values == nil {
            let units = AggregateController.readableUnits(scope, root: input.unitId, subtree: true)
            values = try await AggregateStore.totals(units: units, period: input.period, catalog: try await req.catalog(), on: req.db)
                .map { IndicatorValue(indicator: $0.indicator, value: $0.value, qualifier: $0.approximate ? "余" : nil) }
        }
        try await validate(values, req: req)
        let m = SubmissionModel()
        m.unitID = input.unitId; m.planID = plan.id; m.periodCode = input.period.code; m.status = SubmissionStatus.draft.rawValue
        m.narrative = try await ReportNarrativeService.narrative(input.narrative, req, unit: input.unitId, plan: plan, period: input.period)
        m.valuesJSON = JSON.string(values); m.createdBy = caller.userID
        m.createdAt = req.now; m.updatedAt = req.now
        try await req.db.transaction { db in
            try await m.create(on: db)
            try await Audit.record(on: db, userID: caller.userID, action: "create", entity: "submission", entityID: m.id,
                                   unitID: m.unitID, before: Audit.None?.none, after: ["period": m.periodCode, "values": m.valuesJSON], at: req.now)
        }
        return m
    }

    static func update(req: Request) async throws -> SubmissionDTO {
        let m = try await find(req)
        try await update(m, { try req.decodeJSON(UpdateInput.self) }, req: req)
        return try await load(m, req: req)
    }

    /// Changes a draft's or returned submission's narrative and values; shared with the
    /// submission page. The input is read only after the caller may edit, so a foreign
    /// caller learns nothing from a malformed body.
    static func update(_ m: SubmissionModel, _ readInput: () throws -> UpdateInput, req: Request) async throws {
        let caller = try req.caller()
        try await req.authorize(.draftSubmission, unit: m.unitID)
        guard [SubmissionStatus.draft.rawValue, SubmissionStatus.returned.rawValue].contains(m.status) else {
            throw AppError(.conflict, "not_editable", zh: "已报送的材料不能修改；如需修改请联系审核人退回。", en: "Only drafts and returned submissions can be edited.")
        }
        let input = try readInput()
        if let v = input.values { try await validate(v, req: req) }
        let before = ["narrative": m.narrative, "values": m.valuesJSON]
        if let n = input.narrative { m.narrative = n }
        if let v = input.values { m.valuesJSON = JSON.string(v) }
        m.updatedAt = req.now
        try await req.db.transaction { db in
            try await m.save(on: db)
            try await Audit.record(on: db, userID: caller.userID, action: "update", entity: "submission", entityID: m.id,
                                   unitID: m.unitID, before: before, after: ["narrative": m.narrative, "values": m.valuesJSON], at: req.now)
        }
    }

    static func find(_ req: Request) async throws -> SubmissionModel {
        try await find(try req.pathID(), on: req.db)
    }

    static func find(_ id: Int, on db: any Database) async throws -> SubmissionModel {
        guard let m = try await SubmissionModel.find(id, on: db) else {
            throw AppError.notFound("Submission", zh: "该报送")
        }
        return m
    }

    static func periodKindZh(_ k: Period.Kind) -> String {
        switch k { case .month: "月"; case .quarter: "季度"; case .halfYear: "半年"; case .year: "年" }
    }
}
