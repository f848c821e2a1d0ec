import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess
import Vapor

/// SPEC §4.7 验收: the weighted indicators (publicity, process compliance, assessors'
/// inputs), the veto (一票否决) and every failed requirement named with its reasons.
enum AcceptanceController {
    struct CheckView: Content {
        var code: String; var zh: String; var en: String; var veto: Bool; var inCompliance: Bool; var passed: Bool; var reasons: [Term]
        init(_ c: RequirementCheck) {
            code = c.requirement.code; zh = c.requirement.zh; en = c.requirement.en; veto = c.requirement.veto
            inCompliance = c.requirement.inCompliance; passed = c.passed; reasons = c.reasons
        }
    }
    struct AcceptanceView: Content {
        var unitId: Int; var kind: CreationKind; var asOf: CivilDate; var parts: [AcceptancePart]; var total: Double; var threshold: Double
        var vetoed: Bool; var passed: Bool; var verdict: Term; var failedRequirements: [CheckView]; var checks: [CheckView]
    }
    struct InputsBody: Content { var inputs: [String: Double] }

    /// The evaluation as of today (or `?as_of=`), publicity scored afresh from the records.
    static func get(req: Request) async throws -> AcceptanceView {
        let unit = try await req.unitParameter(.read)
        let asOf = try req.query[String.self, at: "as_of"].map { raw in
            guard let d = CivilDate(iso: raw) else {
                throw AppError.badRequest("invalid_date", zh: "日期格式应为2024-12-31。", en: "Dates are yyyy-mm-dd.", field: "as_of")
            }
            return d
        } ?? req.today
        let (creation, r) = try await evaluate(unit, asOf: asOf, store: req.processStore)
        return AcceptanceView(unitId: unit, kind: creation.kind, asOf: asOf, parts: r.parts, total: r.total, threshold: r.threshold,
                              vetoed: r.vetoed, passed: r.passed, verdict: r.verdict,
                              failedRequirements: r.failedRequirements.map(CheckView.init), checks: r.checks.map(CheckView.init))
    }

    /// The creation and its evaluation as of `asOf` (read access to `unit` already checked).
    static func evaluate(_ unit: Int, asOf: CivilDate, store: ProcessStore) async throws -> (Creation, AcceptanceResult) {
        let creation = try await store.creation(unit), rules = try await store.rules()
        let checks = ProcessCompliance.evaluate(try await store.dossier(creation), plans: try await store.plans(), rules: rules, asOf: asOf)
        let publicity = try await PublicityService.score(creation, window: nil, store: store, rules: rules, now: asOf.adding(days: 1).startInstant())
        return (creation, AcceptanceEvaluator.evaluate(unitID: unit, checks: checks, publicity: publicity, inputs: try await store.inputs(unit), rules: rules))
    }

    /// The assessors' scores of the indicators whose source is `input` (supervisors).
    static func putInputs(req: Request) async throws -> [String: Double] {
        let unit = try await req.unitParameter(.manage)
        let body = try req.decodeJSON(InputsBody.self)
        return try await req.processWrite(unit: unit) { store, _ in
            let indicators = try await store.rules().acceptance.indicators.filter { $0.source == .input }
            try AppError.check(body.inputs.sorted { $0.key < $1.key }.compactMap { code, value in
                guard let ind = indicators.first(where: { $0.code == code }) else {
                    return DomainError("unknown_indicator", zh: "“\(code)”不是需评审录入的验收指标（可录入：\(indicators.map(\.code).joined(separator: "、"))）。",
                                       en: "\(code) is not an input indicator.", field: "inputs.\(code)")
                }
                return (0...ind.fullMarks).contains(value) ? nil
                    : DomainError("out_of_range", zh: "\(ind.zh)得分应在0–\(ind.fullMarks)之间。", en: "\(ind.en) must be 0–\(ind.fullMarks).", field: "inputs.\(code)")
            })
            let before = try await store.inputs(unit)
            for (code, value) in body.inputs {
                let m = try await AcceptanceInputModel.query(on: store.db).filter(\.$unitID == unit).filter(\.$code == code).first()
                    ?? AcceptanceInputModel(unitID: unit, code: code, value: value)
                m.value = value
                try await m.save(on: store.db)
            }
            let after = try await store.inputs(unit)
            try await req.audit(on: store.db, "update", "acceptance_inputs", id: nil, unit: unit, before: before, after: after)
            return after
        }
    }
}
