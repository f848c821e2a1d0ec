import Fluent
import Foundation
import TaizhangDocument
import TaizhangDomain
import TaizhangProcess
import TaizhangWeb
import Vapor

/// /process/scores — the stored publicity scores (SPEC §4.6) of a scoring window with their
/// breakdown; /process/circulars — the circular (通报) ranking them, and its .docx
/// (`Circulars.circular`, the same document as the API's).
enum ProcessScoresPageController {
    /// `?period=` picks the window (2024H1, 2024-2025); default the shown unit's latest.
    static func scores(req: Request) async throws -> Response {
        let s = try await req.processSession()
        let store = req.processStore, lang = s.lang
        _ = try await store.creation(s.unit.id)
        let rules = try await store.rules()
        let own = try await PublicityScoreModel.query(on: req.db).filter(\.$unitID == s.unit.id).sort(\.$windowCode).all()
        let window = req.query[String.self, at: "period"] ?? latest(own.map(\.windowCode), today: req.today) ?? ""
        // The units in reach scored for the same window, so a supervisor compares them.
        let units = Set(s.ctx.processUnits.map(\.id) + [s.unit.id])
        let scores = try await PublicityScoreModel.query(on: req.db).filter(\.$unitID ~~ Array(units)).filter(\.$windowCode == window)
            .all().compactMap(\.domain)
        var cards: [ScoresPage.ScoreCard] = []
        for score in scores {
            let titles = Dictionary(try await store.reports(score.unitID).map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
            cards.append(card(score, name: s.scope.tree[score.unitID]?.name ?? "", titles: titles, rules: rules, lang: lang))
        }
        let label = scores.first.map { lang == .en ? $0.window.code : $0.window.chineseLabel } ?? lang.text(.noScores)
        return req.html(ScoresPage.render(.init(scoringPeriod: label, cards: cards), s.ctx)).clearingFlash(req)
    }

    /// The base with why (every late or missing report named), each adoption with its tier.
    static func card(_ s: PublicityScore, name: String, titles: [Int: String], rules: ProcessRuleSet, lang: Language) -> ScoresPage.ScoreCard {
        var reason = s.baseReasons.isEmpty ? lang.text(.baseEarned) : s.baseReasons.map { $0.text(lang) }.joined(separator: lang == .en ? "; " : "；")
        if s.provisional { reason += lang.paren(lang.text(.provisionalScore)) }
        let adoptions = s.lines.map { l in
            ScoresPage.Adoption(date: l.date, title: titles[l.informationID] ?? "", outlet: l.outlet,
                                tier: rules.publicity.tier(l.tier).map { lang == .en ? $0.en : $0.zh } ?? l.tier, points: l.points)
        }
        return .init(unitName: name, base: s.base, baseReason: reason, adoptions: adoptions, total: s.total)
    }

    /// GET /process/circulars[/{window}]: over the unit worked in and the units below it.
    static func circular(req: Request) async throws -> Response {
        let s = try await req.processSession()
        let (window, windows) = try await windows(req, s)
        let others = windows.filter { $0 != window }.map { Choice($0, label($0, s.lang)) }
        guard let window else {
            return req.html(CircularPage.render(.init(id: "", title: s.lang.text(.noCircular), issuedOn: req.today, issuer: "", intro: "",
                                                      rows: []), s.ctx))
        }
        let (table, document) = try await Circulars.circular(root: s.ctx.currentUnitID, window: window, in: try await req.processContext())
        let intro = document.blocks.lazy.compactMap { b -> String? in
            if case .paragraph(let p) = b { return p.runs.map(\.text).joined() } else { return nil }
        }.first ?? ""
        let rows = table.rows.map {
            CircularPage.Row(unitName: $0.unitName, base: $0.base, adoptionPoints: $0.adoptionPoints,
                             adoptionCount: $0.tierCounts.reduce(0, +), total: $0.total)
        }
        let model = CircularPage.Model(id: window, title: document.title, issuedOn: req.today, issuer: s.scope.tree[s.ctx.currentUnitID]?.name ?? "",
                                       intro: intro, rows: rows, others: others)
        return req.html(CircularPage.render(model, s.ctx)).clearingFlash(req)
    }

    /// GET /process/circulars/{window}/export?format=docx (or md, html).
    static func export(req: Request) async throws -> Response {
        let s = try await req.processSession()
        guard let window = req.parameters.get("window"), try await windows(req, s).all.contains(window) else {
            throw AppError.notFound("Circular", zh: "该期通报")
        }
        let (table, document) = try await Circulars.circular(root: s.ctx.currentUnitID, window: window, in: try await req.processContext())
        try table.requireFinal()
        return try Response.download(document, format: req.query[String.self, at: "format"] ?? "docx")
    }

    /// The window asked for (path), else the latest; and every window scored in reach.
    static func windows(_ req: Request, _ s: ProcessPageSession) async throws -> (chosen: String?, all: [String]) {
        let units = s.scope.readableIDs(root: s.ctx.currentUnitID, subtree: true)
        let codes = Set(try await PublicityScoreModel.query(on: req.db).filter(\.$unitID ~~ units).all().map(\.windowCode))
        let all = codes.sorted(by: >)
        let asked = req.parameters.get("window")
        if let asked, !codes.contains(asked) { throw AppError.notFound("Circular", zh: "该期通报") }
        return (asked ?? latest(all, today: req.today), all)
    }

    /// The latest window that has ended (its scores final), else the latest begun.
    static func latest(_ codes: [String], today: CivilDate) -> String? {
        func end(_ code: String) -> CivilDate? {
            if let p = Period(code: code) { return p.end }
            return code.split(separator: "-").last.flatMap { Int($0) }.map { CivilDate($0, 12, 31) }
        }
        let sorted = codes.sorted(by: >)
        return sorted.first { end($0).map { $0 < today } ?? false } ?? sorted.first
    }

    static func label(_ code: String, _ lang: Language) -> String {
        guard lang != .en else { return code }
        if let p = Period(code: code) { return p.chineseLabel }
        let years = code.split(separator: "-")
        return years.count == 2 ? "\(years[0])—\(years[1])年创建周期" : code
    }
}
