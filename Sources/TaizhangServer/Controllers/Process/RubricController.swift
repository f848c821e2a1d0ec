import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess
import Vapor

/// SPEC §4 (end): rubric site visits ("3+N+1" items, 四度 dimensions) recorded by
/// supervisors, each evaluator's points, the visit result and the unit's annual roll-up.
enum RubricController {
    struct ItemInput: Codable, Sendable { var id: Int?; var kind: String; var name: String }
    struct VisitInput: Content { var date: CivilDate; var rubric: String?; var items: [ItemInput] }
    struct ScoreInput: Codable, Sendable { var itemId: Int; var dimension: String; var points: Double }
    struct ScoresInput: Content { var evaluator: String; var scores: [ScoreInput] }
    struct AnnualView: Content { var assessment: AnnualRubricAssessment; var percent: Double? }

    static func list(req: Request) async throws -> [SiteVisit] {
        let unit = try await req.unitParameter(.read)
        return try await req.processStore.records(SiteVisitModel.self, unit: unit)
    }

    static func create(req: Request) async throws -> Response {
        let unit = try await req.unitParameter(.manage)
        let input = try req.decodeJSON(VisitInput.self)
        let visit = try await req.processWrite(unit: unit) { store, _ in
            let rules = try await store.rules()
            guard let template = input.rubric.map(rules.rubric) ?? rules.rubrics.first else {
                throw AppError.invalid([DomainError("unknown_rubric", zh: "未知的评价规则：\(input.rubric ?? "")。", en: "Unknown rubric.", field: "rubric")])
            }
            let items = input.items.enumerated().map { i, it in VisitItem(id: it.id ?? i + 1, kind: it.kind, name: it.name) }
            let visit = SiteVisit(id: 0, unitID: unit, date: input.date, rubric: template.code, items: items)
            try AppError.check(RubricEvaluator.problems(visit, template: template))
            let model = SiteVisitModel()
            model.store(visit)
            try await model.create(on: store.db)
            try await req.audit(on: store.db, "create", "site_visit", id: model.id, unit: unit, after: model.domain)
            return model.domain!
        }
        return try Response.created(visit)
    }

    /// One evaluator's points for the visit's items; they replace that evaluator's earlier points.
    static func score(req: Request) async throws -> VisitResult {
        guard let found = try await SiteVisitModel.find(try req.pathID(), on: req.db) else { throw AppError.notFound("Site visit", zh: "该实地考察") }
        try await req.authorize(.manage, unit: found.unitID)
        let input = try req.decodeJSON(ScoresInput.self)
        try AppError.check([AppError.required(input.evaluator, field: "evaluator", zh: "评审人")].compactMap { $0 })
        return try await req.processWrite(unit: found.unitID) { store, _ in
            guard let model = try await SiteVisitModel.find(found.id, on: store.db), let before = model.domain else {
                throw AppError.notFound("Site visit", zh: "该实地考察")
            }
            let template = try await template(before.rubric, store: store)
            var visit = before
            visit.scores = before.scores.filter { $0.evaluator != input.evaluator }
                + input.scores.map { RubricScore(evaluator: input.evaluator, itemID: $0.itemId, dimension: $0.dimension, points: $0.points) }
            try AppError.check(RubricEvaluator.problems(visit, template: template))
            model.store(visit)
            try await model.save(on: store.db)
            try await req.audit(on: store.db, "score", "site_visit", id: model.id, unit: model.unitID,
                                before: before.scores.filter { $0.evaluator == input.evaluator }, after: input.scores.count)
            return RubricEvaluator.evaluate(visit, template: template)
        }
    }

    static func template(_ code: String, store: ProcessStore) async throws -> RubricTemplate {
        guard let t = try await store.rules().rubric(code) else { throw AppError.notFound("Rubric", zh: "评价规则“\(code)”") }
        return t
    }

    static func result(req: Request) async throws -> VisitResult {
        guard let model = try await SiteVisitModel.find(try req.pathID(), on: req.db), let visit = model.domain else {
            throw AppError.notFound("Site visit", zh: "该实地考察")
        }
        try await req.authorize(.read, unit: visit.unitID)
        return RubricEvaluator.evaluate(visit, template: try await template(visit.rubric, store: req.processStore))
    }

    /// The mean of the unit's visits of `year` under a rubric (default: the first).
    static func annual(req: Request) async throws -> AnnualView {
        let unit = try await req.unitParameter(.read)
        let store = req.processStore
        let rules = try await store.rules()
        let code = req.query[String.self, at: "rubric"] ?? rules.rubrics.first?.code ?? ""
        let a = RubricEvaluator.annual(unitID: unit, year: try req.queryInt("year"), visits: try await store.records(SiteVisitModel.self, unit: unit),
                                       template: try await template(code, store: store))
        return AnnualView(assessment: a, percent: a.percent)
    }
}
