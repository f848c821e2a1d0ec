import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess

/// SPEC §4.6 scoring as the server runs it: computed by the pure scorer from the stored
/// records, stored with the whole breakdown (one row per unit and window), recomputed when
/// an adoption or a first submission arrives after scoring. Shared by the API and the CLI.
enum PublicityService {
    /// A window code checked against the rule set's cycle (400 with the reason otherwise).
    static func window(_ raw: String, store: ProcessStore) async throws -> ScoringPeriod {
        do { return try ScoringPeriod.parse(raw, cycleYears: try await store.rules().cycleYears) } catch let e as DomainError {
            throw AppError(.badRequest, e.code, zh: e.zh, en: e.en, field: e.field)
        }
    }

    /// The creation's scores for its windows begun by `now` (or only the window `code`), not stored.
    static func score(_ c: Creation, window code: String?, store: ProcessStore, rules: ProcessRuleSet, now: Date) async throws -> [PublicityScore] {
        let wanted = try code.map { try ScoringPeriod.parse($0, cycleYears: rules.cycleYears).code }
        let windows = PublicityScorer.windows(for: c, rules: rules, through: CivilDate(now)).filter { wanted == nil || $0.code == wanted }
        guard !windows.isEmpty else { return [] }
        let plans = try await store.plans(), reports = try await store.reports(c.unitID), adoptions = try await store.adoptions(c.unitID)
        return windows.map { PublicityScorer.score(c, window: $0, plans: plans, reports: reports, adoptions: adoptions, rules: rules, now: now) }
    }

    /// Stores the scores, replacing the unit's earlier score of each window, with an audit
    /// record each. Call inside the transaction of the change that caused them.
    static func save(_ scores: [PublicityScore], action: String, userID: Int?, at now: Date, on db: any Database) async throws {
        for s in scores {
            let model = try await PublicityScoreModel.query(on: db).filter(\.$unitID == s.unitID).filter(\.$windowCode == s.window.code).first()
                ?? PublicityScoreModel()
            let before = model.id == nil ? nil : ["window": model.windowCode, "total": String(model.total)]
            model.apply(s, at: now)
            try await model.save(on: db)
            try await Audit.record(on: db, userID: userID, action: action, entity: "publicity_score", entityID: model.id, unitID: s.unitID,
                                   before: before, after: ["window": s.window.code, "base": String(s.base), "total": String(s.total)], at: now)
        }
    }

    /// Recomputes the windows already scored for the unit (none: nothing to do), after late
    /// data: an adoption recorded, a report first submitted.
    @discardableResult
    static func rescore(unit: Int, userID: Int?, store: ProcessStore, now: Date) async throws -> [PublicityScore] {
        let stored = try await PublicityScoreModel.query(on: store.db).filter(\.$unitID == unit).all().map(\.windowCode)
        guard !stored.isEmpty, let c = try await store.creations([unit]).first else { return [] }
        let rules = try await store.rules()
        let scores = try await score(c, window: nil, store: store, rules: rules, now: now).filter { stored.contains($0.window.code) }
        try await save(scores, action: "recompute", userID: userID, at: now, on: store.db)
        return scores
    }

    /// The stored scores of `window` among `units`, ranked for the circular (通报).
    static func circular(units: [Int], window: String, tree: UnitTree, store: ProcessStore) async throws -> Circular.Table {
        let rules = try await store.rules()
        let scores = try await PublicityScoreModel.query(on: store.db).filter(\.$unitID ~~ units).filter(\.$windowCode == window)
            .all().compactMap(\.domain)
        let names = Dictionary(uniqueKeysWithValues: scores.map { ($0.unitID, tree[$0.unitID]?.name ?? "\($0.unitID)") })
        return Circular.Table(window: window, rules: rules, scores: scores.sorted { ($1.total, $0.unitID) < ($0.total, $1.unitID) },
                              rows: Circular.rank(scores, unitNames: names, rules: rules.publicity))
    }
}

extension Circular {
    /// A circular's content: the ranked rows and the scores behind them (same order).
    struct Table: Sendable {
        var window: String
        var rules: ProcessRuleSet
        var scores: [PublicityScore]
        var rows: [CircularRow]

        /// A circular is final: none of its scores may be provisional (a window still running,
        /// or a report of it not yet due). The JSON view shows provisional scores; the
        /// document for circulation waits.
        func requireFinal() throws {
            guard let open = scores.first(where: \.provisional) else { return }
            throw AppError(.conflict, "window_open", zh: "\(open.window.chineseLabel)评分期尚未结束或尚有信息未到报送期限，评分为暂定，不能印发通报。",
                           en: "The window \(open.window.code) is still running: its scores are provisional and cannot be circulated.", field: "window")
        }
    }
}
