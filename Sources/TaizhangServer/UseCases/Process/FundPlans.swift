import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess

/// SPEC §4.3 经费使用方案: the unit writes its plan lines; the provincial finance and
/// culture departments' reviews and the national office's filing are recorded by
/// supervisors (`+Review`). Shared by the API (`FundPlanController`) and the funds page.
enum FundPlans {
    struct LineInput: Codable, Sendable {
        var id: Int?; var scope: String; var category: String; var purpose: String?; var expectedEffect: String?
        var centralBudget: Fen; var localBudget: Fen?
    }
    struct PlanInput: Codable, Sendable { var title: String; var lines: [LineInput] }
    struct PlanView: Codable, Sendable { var plan: FundPlan; var status: FundPlanStatus; var statusZh: String }

    /// The unit's plan (404 when it has none).
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
    static func save(unit: Int, _ input: PlanInput, in ctx: ProcessContext) async throws -> PlanView {
        try await save(unit: unit, in: ctx) { _ in input }
    }

    /// `change` makes the new title and lines from the plan as stored (nil: none yet), read
    /// with the creation locked, so a line added meanwhile is not lost.
    static func save(unit: Int, in ctx: ProcessContext, _ change: @escaping @Sendable (FundPlan?) throws -> PlanInput) async throws -> PlanView {
        try ctx.authorize(.writeLedger, unit: unit)
        return try await ctx.processWrite(unit: unit) { store, _ in
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
            try await ctx.audit(on: store.db, before == nil ? "create" : "update", "fund_plan", id: model.id, unit: unit, before: before, after: model.domain)
            return view(model, rules: rules)
        }
    }

    /// SPEC §4.3 half-year fund usage report, generated from the stored plan and the
    /// expenditures (read access checked by the caller).
    static func report(_ unit: Int, unitName: String, period: Period, store: ProcessStore) async throws -> HalfYearFundReport {
        HalfYearFundReport.build(unitName: unitName, plan: try await plan(unit, store: store).domain,
                                 expenditures: try await store.expenditures(unit), period: period, rules: try await store.rules())
    }
}
