import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess
import Vapor

/// SPEC §4.6 信息宣传工作评分: supervisors record media adoptions of submitted information
/// and compute the scores; stored scores keep their breakdown and are recomputed in the
/// same transaction when an adoption (or a late first submission) arrives.
enum PublicityController {
    struct AdoptionInput: Content {
        var submissionId: Int; var outlet: String; var tier: String; var date: CivilDate; var link: String?
        /// Required when the outlet is in no tier's list: why the supervisor chose `tier`.
        var tierReason: String?
    }
    struct ComputeInput: Content { var unitId: Int; var window: String?; var subtree: Bool? }
    struct ScoreView: Content {
        var score: PublicityScore; var baseReasons: [Term]; var adoptionPoints: Int; var provisional: Bool
        init(_ s: PublicityScore) { score = s; baseReasons = s.baseReasons; adoptionPoints = s.adoptionPoints; provisional = s.provisional }
    }
    struct AdoptionResult: Content { var adoption: MediaAdoption; var rescored: [ScoreView] }

    static func adoptions(req: Request) async throws -> [MediaAdoption] {
        let unit = try await req.unitParameter(.read)
        return try await req.processStore.adoptions(unit)
    }

    /// Records an adoption of a submitted report (a draft is refused) and rescores the
    /// unit's stored windows in the same transaction.
    static func recordAdoption(req: Request) async throws -> Response {
        let input = try req.decodeJSON(AdoptionInput.self)
        guard let submission = try await SubmissionModel.find(input.submissionId, on: req.db) else {
            throw AppError.notFound("Submission", zh: "该报送信息")
        }
        let unit = submission.unitID
        let supervisor = try await req.authorize(.manage, unit: unit).can(.review, on: unit)
        let userID = try req.caller().userID
        let result = try await req.processWrite(unit: unit) { store, _ in
            let adoption = MediaAdoption(id: 0, unitID: unit, informationID: input.submissionId, outlet: input.outlet, tier: input.tier,
                                         date: input.date, link: input.link ?? "", tierReason: input.tierReason)
            let info = try await store.reports(unit).first { $0.id == input.submissionId }
            try AppError.check(adoption.refusals(information: info, rules: try await store.rules().publicity, bySupervisor: supervisor)
                + [AppError.notFuture(input.date, today: req.today, field: "date", zh: "采用日期")].compactMap { $0 })
            let model = MediaAdoptionModel(adoption, by: userID, at: req.now)
            try await model.create(on: store.db)
            try await req.audit(on: store.db, "create", "media_adoption", id: model.id, unit: unit, after: model.domain)
            let rescored = try await PublicityService.rescore(unit: unit, userID: userID, store: store, now: req.now)
            return AdoptionResult(adoption: model.domain!, rescored: rescored.map(ScoreView.init))
        }
        return try Response.created(result)
    }

    /// The unit's stored scores (all windows, or `?window=`), each with its breakdown.
    static func scores(req: Request) async throws -> [ScoreView] {
        let unit = try await req.unitParameter(.read)
        let q = PublicityScoreModel.query(on: req.db).filter(\.$unitID == unit)
        if let w = req.query[String.self, at: "window"] { q.filter(\.$windowCode == (try await PublicityService.window(w, store: req.processStore)).code) }
        return try await q.sort(\.$windowCode).all().compactMap(\.domain).map(ScoreView.init)
    }

    /// Computes and stores the scores of a unit (or of every creation in its subtree) for a
    /// window, or for every window begun so far (supervisors).
    static func compute(req: Request) async throws -> [ScoreView] {
        let input = try req.decodeJSON(ComputeInput.self)
        let scope = try await req.authorize(.manage, unit: input.unitId)
        if let w = input.window { _ = try await PublicityService.window(w, store: req.processStore) }
        let units = input.subtree == true ? scope.tree.subtree(of: input.unitId).map(\.id).filter { scope.can(.manage, on: $0) } : [input.unitId]
        let userID = try req.caller().userID
        let scores = try await req.writeTransaction { store in
            let rules = try await store.rules()
            var out: [PublicityScore] = []
            for c in try await store.creations(units) {
                out += try await PublicityService.score(c, window: input.window, store: store, rules: rules, now: req.now)
            }
            if out.isEmpty {
                throw AppError.invalid([DomainError("no_window", zh: "没有可评分的创建单位或评分期（示范区按半年如2024H1，示范项目按创建周期如2024-2025）。",
                                                    en: "Nothing to score for this unit and window.", field: "window")])
            }
            try await PublicityService.save(out, action: "compute", userID: userID, at: req.now, on: store.db)
            return out
        }
        return scores.map(ScoreView.init)
    }
}
