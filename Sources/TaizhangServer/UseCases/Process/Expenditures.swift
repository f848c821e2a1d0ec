import Foundation
import TaizhangDomain
import TaizhangProcess

/// SPEC §4.3 专款专用: every expenditure on a line of the approved plan, in an allowed
/// category, within its budget (central and local apart). Refused with every reason.
/// Shared by the API (`ExpenditureController`) and the funds page.
enum Expenditures {
    /// Money in the API is integer fen (分) under the domain's own name, in and out alike:
    /// an expenditure is posted with `amount` as it is returned (like a plan line's budgets).
    struct ExpenditureInput: Codable, Sendable {
        var lineId: Int?; var amount: Fen; var date: CivilDate; var source: FundSource; var description: String
    }

    /// Books an expenditure (the unit's own people). The plan and the unit's expenditures
    /// are re-read inside the transaction with the creation locked, so two concurrent
    /// bookings cannot both fit into the same remaining budget; a refusal writes nothing.
    static func book(unit: Int, _ input: ExpenditureInput, in ctx: ProcessContext) async throws -> Expenditure {
        try ctx.authorize(.writeLedger, unit: unit)
        try AppError.check([AppError.required(input.description, field: "description", zh: "支出事由"),
                            AppError.notFuture(input.date, today: ctx.today, field: "date", zh: "支出日期")].compactMap { $0 })
        return try await ctx.processWrite(unit: unit) { store, _ in
            let plan = try await store.fundPlan(unit)?.domain
            let e = Expenditure(id: 0, unitID: unit, planID: plan?.id ?? 0, lineID: input.lineId, amount: input.amount,
                                date: input.date, source: input.source, description: input.description)
            let rules = try await store.rules()
            try AppError.check(Earmark.refusals(e, plan: plan, existing: try await store.expenditures(unit), rules: rules.funds))
            let model = ExpenditureModel(e, by: ctx.actor.userID, at: ctx.now)
            try await model.create(on: store.db)
            try await ctx.audit(on: store.db, "create", "expenditure", id: model.id, unit: unit, after: model.domain)
            return model.domain!
        }
    }
}
