import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess
import Vapor

/// SPEC §4.3 经费使用方案: the unit writes its plan lines; the provincial finance and
/// culture departments' reviews and the national office's filing are recorded by supervisors.
enum FundPlanController {
    struct LineInput: Codable, Sendable {
        var id: Int?; var scope: String; var category: String; var purpose: String?; var expectedEffect: String?
        var centralBudget: Fen; var localBudget: Fen?
    }
    struct PlanInput: Content { var title: String; var lines: [LineInput] }
    struct ReviewInput: Content { var department: ReviewDepartment; var approved: Bool; var comment: String?; var date: CivilDate? }
    struct FilingInput: Content { var filedOn: CivilDate? }
    struct PlanView: Content { var plan: FundPlan; var status: FundPlanStatus; var statusZh: String }

    static func get(req: Request) async throws -> PlanView {
        let unit = try await req.unitParameter(.read)
        return view(try await plan(unit, store: req.processStore), rules: try await req.processStore.rules())
    }

    static func plan(_ unit: Int, store: ProcessStore) async throws -> FundPlanModel {
        guard let m = try await store.fundPlan(unit) else { throw AppError.notFound("Fund plan", zh: "该单位的经费使用方案") }
        return m
    }

    static func view(_ m: FundPlanModel, rules: ProcessRuleSet) -> PlanView {
        let status = m.domain.status(rules: rules.funds)
        return PlanView(plan: m.domain, status: status, statusZh: status.chinese)
    }

    /// Writes the plan's title and lines. Changed lines need a new review and filing; a line
    /// with expenditures cannot go, nor drop its budget below what was spent.
    static func put(req: Request) async throws -> PlanView {
        let unit = try await req.unitParameter(.writeLedger)
        return try await save(req, unit: unit, try req.decodeJSON(PlanInput.self))
    }

    /// The write behind PUT (and the page's add-line form): `unit` already authorized for `.writeLedger`.
    static func save(_ req: Request, unit: Int, _ input: PlanInput) async throws -> PlanView {
        try await save(req, unit: unit) { _ in input }
    }

    /// `change` makes the new title and lines from the plan as stored (nil: none yet), read
    /// with the creation locked, so a line added meanwhile is not lost.
    static func save(_ req: Request, unit: Int, _ change: @escaping @Sendable (FundPlan?) throws -> PlanInput) async throws -> PlanView {
        try await req.processWrite(unit: unit) { store, _ in
            let rules = try await store.rules()
            let model = try await store.fundPlan(unit) ?? FundPlanModel()
            let before = model.id == nil ? nil : model.domain
            let input = try change(before)
            try AppError.check(FundPlanRules.inputProblems(input, rules: rules.funds))
            var plan = FundPlan(id: model.id ?? 0, unitID: unit, title: input.title, lines: FundPlanRules.lines(input.lines, old: before?.lines ?? []),
                                reviews: before?.reviews ?? [], filedOn: before?.filedOn)
            try AppError.check(FundPlanRules.spendingProblems(plan, spent: try await store.expenditures(unit), rules: rules.funds))
            if let before, before.lines != plan.lines { plan.reviews = []; plan.filedOn = nil }
            model.apply(plan)
            try await model.save(on: store.db)
            try await req.audit(on: store.db, before == nil ? "create" : "update", "fund_plan", id: model.id, unit: unit, before: before, after: model.domain)
            return Self.view(model, rules: rules)
        }
    }

    /// A provincial department's review (supervisors).
    static func review(req: Request) async throws -> PlanView {
        let unit = try await req.unitParameter(.manage)
        let input = try req.decodeJSON(ReviewInput.self)
        let day = input.date ?? req.today
        try AppError.check([AppError.notFuture(day, today: req.today, field: "date", zh: "审核日期")].compactMap { $0 })
        return try await change(req, unit: unit, action: "review") { plan, _ in
            plan.reviews.append(FundPlanReview(department: input.department, approved: input.approved, date: day, comment: input.comment ?? ""))
        }
    }

    /// 备案 with the national office (supervisors): only an approved plan.
    static func file(req: Request) async throws -> PlanView {
        let unit = try await req.unitParameter(.manage)
        let input = (try? req.decodeJSON(FilingInput.self)) ?? FilingInput(filedOn: nil)
        let day = input.filedOn ?? req.today
        return try await change(req, unit: unit, action: "file") { plan, rules in
            guard plan.isApproved(rules: rules.funds) else {
                throw AppError.invalid([DomainError("plan_not_approved", zh: "经费使用方案尚未经省财政、文化部门审核通过（\(plan.status(rules: rules.funds).chinese)），不能备案。",
                                                    en: "The plan is not approved yet and cannot be filed.")])
            }
            plan.filedOn = day
        }
    }

    private static func change(_ req: Request, unit: Int, action: String,
                               _ body: @escaping @Sendable (inout FundPlan, ProcessRuleSet) throws -> Void) async throws -> PlanView {
        try await req.processWrite(unit: unit) { store, _ in
            let model = try await plan(unit, store: store), rules = try await store.rules()
            let before = model.domain
            var plan = before
            try body(&plan, rules)
            model.apply(plan)
            try await model.save(on: store.db)
            try await req.audit(on: store.db, action, "fund_plan", id: model.id, unit: unit, before: before, after: plan)
            return view(model, rules: rules)
        }
    }

    /// SPEC §4.3 half-year fund usage report, generated from the plan and the expenditures;
    /// `?format=docx|md|html` downloads it as the document the funds page files (json by default).
    static func report(req: Request) async throws -> Response {
        let unit = try req.pathID()
        let scope = try await req.authorize(.read, unit: unit)
        let period = try req.queryPeriod()
        guard period.kind == .halfYear else {
            throw AppError.badRequest("invalid_period", zh: "经费使用情况按半年报告（例：2024H1）。", en: "Fund reports are half-yearly (e.g. 2024H1).", field: "period")
        }
        let name = scope.tree[unit]?.name ?? ""
        let r = try await report(unit, unitName: name, period: period, store: req.processStore)
        let format = req.query[String.self, at: "format"] ?? "json"
        if format == "json" { return try await r.encodeResponse(for: req) }
        return try CircularController.download(FundReportDocument.make(r, signature: name, date: req.today), format: format)
    }

    /// The report of a half-year from the stored plan and expenditures (read access checked by the caller).
    static func report(_ unit: Int, unitName: String, period: Period, store: ProcessStore) async throws -> HalfYearFundReport {
        HalfYearFundReport.build(unitName: unitName, plan: try await plan(unit, store: store).domain,
                                 expenditures: try await store.expenditures(unit), period: period, rules: try await store.rules())
    }
}
