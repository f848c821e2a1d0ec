import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess
import Vapor

/// SPEC §4.3 专款专用: every expenditure on a line of the approved plan, in an allowed
/// category, within its budget (central and local apart). Refused with every reason.
enum ExpenditureController {
    /// Money in the API is integer fen (分) under the domain's own name, in and out alike:
    /// an expenditure is posted with `amount` as it is returned (like a plan line's budgets).
    struct ExpenditureInput: Content {
        var lineId: Int?; var amount: Fen; var date: CivilDate; var source: FundSource; var description: String
    }

    static func list(req: Request) async throws -> [Expenditure] {
        let unit = try await req.unitParameter(.read)
        return try await req.processStore.expenditures(unit)
    }

    /// Books an expenditure. The plan and the unit's expenditures are re-read inside the
    /// transaction with the creation locked, so two concurrent posts cannot both fit into
    /// the same remaining budget; a refusal writes nothing.
    static func create(req: Request) async throws -> Response {
        let unit = try await req.unitParameter(.writeLedger)
        return try Response.created(try await book(req, unit: unit, try req.decodeJSON(ExpenditureInput.self)))
    }

    /// The write behind POST expenditures (and the page's form): `unit` already authorized for `.writeLedger`.
    static func book(_ req: Request, unit: Int, _ input: ExpenditureInput) async throws -> Expenditure {
        try AppError.check([AppError.required(input.description, field: "description", zh: "支出事由"),
                            AppError.notFuture(input.date, today: req.today, field: "date", zh: "支出日期")].compactMap { $0 })
        return try await req.processWrite(unit: unit) { store, _ in
            let plan = try await store.fundPlan(unit)?.domain
            let e = Expenditure(id: 0, unitID: unit, planID: plan?.id ?? 0, lineID: input.lineId, amount: input.amount,
                                date: input.date, source: input.source, description: input.description)
            let rules = try await store.rules()
            try AppError.check(Earmark.refusals(e, plan: plan, existing: try await store.expenditures(unit), rules: rules.funds))
            let model = ExpenditureModel(e, by: try req.caller().userID, at: req.now)
            try await model.create(on: store.db)
            try await req.audit(on: store.db, "create", "expenditure", id: model.id, unit: unit, after: model.domain)
            return model.domain!
        }
    }
}
