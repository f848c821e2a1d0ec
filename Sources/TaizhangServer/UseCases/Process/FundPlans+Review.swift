import Foundation
import TaizhangDomain
import TaizhangProcess

/// The plan's approval (SPEC §4.3): the provincial finance and culture departments'
/// reviews, then the filing (备案) with the national office, both recorded by supervisors.
extension FundPlans {
    struct ReviewInput: Codable, Sendable { var department: ReviewDepartment; var approved: Bool; var comment: String?; var date: CivilDate? }
    struct FilingInput: Codable, Sendable { var filedOn: CivilDate? }

    /// A provincial department's review.
    static func review(unit: Int, _ input: ReviewInput, in ctx: ProcessContext) async throws -> PlanView {
        try ctx.authorize(.manage, unit: unit)
        let day = input.date ?? ctx.today
        try AppError.check([AppError.notFuture(day, today: ctx.today, field: "date", zh: "审核日期")].compactMap { $0 })
        return try await change(unit: unit, action: "review", in: ctx) { plan, _ in
            plan.reviews.append(FundPlanReview(department: input.department, approved: input.approved, date: day, comment: input.comment ?? ""))
        }
    }

    /// 备案 with the national office: only an approved plan.
    static func file(unit: Int, _ input: FilingInput, in ctx: ProcessContext) async throws -> PlanView {
        try ctx.authorize(.manage, unit: unit)
        let day = input.filedOn ?? ctx.today
        return try await change(unit: unit, action: "file", in: ctx) { plan, rules in
            guard plan.isApproved(rules: rules.funds) else {
                throw AppError.invalid([DomainError("plan_not_approved", zh: "经费使用方案尚未经省财政、文化部门审核通过（\(plan.status(rules: rules.funds).chinese)），不能备案。",
                                                    en: "The plan is not approved yet and cannot be filed.")])
            }
            plan.filedOn = day
        }
    }

    private static func change(unit: Int, action: String, in ctx: ProcessContext,
                               _ body: @escaping @Sendable (inout FundPlan, ProcessRuleSet) throws -> Void) async throws -> PlanView {
        try await ctx.processWrite(unit: unit) { store, _ in
            let model = try await plan(unit, store: store), rules = try await store.rules()
            let before = model.domain
            var plan = before
            try body(&plan, rules)
            model.apply(plan)
            try await model.save(on: store.db)
            try await ctx.audit(on: store.db, action, "fund_plan", id: model.id, unit: unit, before: before, after: plan)
            return view(model, rules: rules)
        }
    }
}
