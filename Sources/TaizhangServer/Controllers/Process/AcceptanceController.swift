import Foundation
import TaizhangDomain
import TaizhangProcess
import Vapor

/// SPEC §4.7 验收 over HTTP: the evaluation of `Acceptance` with every check and its
/// reasons, and the assessors' inputs.
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
        let (creation, r) = try await Acceptance.evaluate(unit, asOf: asOf, store: req.processStore)
        return AcceptanceView(unitId: unit, kind: creation.kind, asOf: asOf, parts: r.parts, total: r.total, threshold: r.threshold,
                              vetoed: r.vetoed, passed: r.passed, verdict: r.verdict,
                              failedRequirements: r.failedRequirements.map(CheckView.init), checks: r.checks.map(CheckView.init))
    }

    /// The assessors' scores of the indicators whose source is `input` (supervisors).
    static func putInputs(req: Request) async throws -> [String: Double] {
        let unit = try await req.unitParameter(.manage)
        let body = try req.decodeJSON(InputsBody.self)
        return try await Acceptance.saveInputs(unit: unit, body.inputs, in: try await req.processContext())
    }
}
