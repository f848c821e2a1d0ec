import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess

/// SPEC §4.7 验收: the weighted indicators (publicity, process compliance, assessors'
/// inputs), the veto (一票否决) and every failed requirement named with its reasons.
/// Shared by the API (`AcceptanceController`) and the acceptance page.
enum Acceptance {
    /// The creation and its evaluation as of `asOf`, publicity scored afresh from the
    /// records (read access to `unit` checked by the caller).
    static func evaluate(_ unit: Int, asOf: CivilDate, store: ProcessStore) async throws -> (Creation, AcceptanceResult) {
        let creation = try await store.creation(unit), rules = try await store.rules()
        let checks = ProcessCompliance.evaluate(try await store.dossier(creation), plans: try await store.plans(), rules: rules, asOf: asOf)
        let publicity = try await PublicityService.score(creation, window: nil, store: store, rules: rules, now: asOf.adding(days: 1).startInstant())
        return (creation, AcceptanceEvaluator.evaluate(unitID: unit, checks: checks, publicity: publicity, inputs: try await store.inputs(unit), rules: rules))
    }

    /// The assessors' scores of the indicators whose source is `input` (supervisors); every
    /// unknown code or score out of range refused at once. Returns all the unit's inputs.
    static func saveInputs(unit: Int, _ inputs: [String: Double], in ctx: ProcessContext) async throws -> [String: Double] {
        try ctx.authorize(.manage, unit: unit)
        return try await ctx.processWrite(unit: unit) { store, _ in
            let indicators = try await store.rules().acceptance.indicators.filter { $0.source == .input }
            try AppError.check(inputs.sorted { $0.key < $1.key }.compactMap { code, value in
                guard let ind = indicators.first(where: { $0.code == code }) else {
                    return DomainError("unknown_indicator", zh: "“\(code)”不是需评审录入的验收指标（可录入：\(indicators.map(\.code).joined(separator: "、"))）。",
                                       en: "\(code) is not an input indicator.", field: "inputs.\(code)")
                }
                return (0...ind.fullMarks).contains(value) ? nil
                    : DomainError("out_of_range", zh: "\(ind.zh)得分应在0–\(ind.fullMarks)之间。", en: "\(ind.en) must be 0–\(ind.fullMarks).", field: "inputs.\(code)")
            })
            let before = try await store.inputs(unit)
            for (code, value) in inputs {
                let m = try await AcceptanceInputModel.query(on: store.db).filter(\.$unitID == unit).filter(\.$code == code).first()
                    ?? AcceptanceInputModel(unitID: unit, code: code, value: value)
                m.value = value
                try await m.save(on: store.db)
            }
            let after = try await store.inputs(unit)
            try await ctx.audit(on: store.db, "update", "acceptance_inputs", id: nil, unit: unit, before: before, after: after)
            return after
        }
    }
}
