import Fluent
import Foundation
import TaizhangDomain
import TaizhangService
import Vapor

/// SPEC §7 一事一评 / 好差评: a rating per case from a channel; a bad one opens a fix due
/// in 15 working days that closes only with measures and a callback; appeals by the staff,
/// decided by the supervision side (an upheld one voids the fix and leaves the rates).
enum ServiceRatingController {
    struct RatingInput: Content { var level: String; var channel: String; var comment: String?; var ratedAt: Date? }
    struct AppealInput: Content { var reason: String }
    struct DecisionInput: Content { var upheld: Bool; var note: String }
    struct RatingView: Content { var rating: Rating; var levelText: String; var fix: FixView? }

    /// Records a rating (the centre's people, the department's, or a device's token).
    static func record(req: Request) async throws -> Response {
        let caseID = try req.pathID()
        let input = try req.decodeJSON(RatingInput.self)
        guard let centre = try await ServiceStore.centreOf(case: caseID, on: req.db) else { throw AppError.notFound("Case", zh: "该办件") }
        let access = try await req.centreAccess(centre)
        let rules = try await req.serviceStore.rules()
        let at = input.ratedAt ?? req.now, today = req.today, table = req.workingDays(around: today)
        if at > req.now.addingTimeInterval(300) {
            throw AppError.invalid([DomainError("future_date", zh: "评价时间不能晚于现在。", en: "rated_at is in the future.", field: "rated_at")])
        }
        let view = try await req.serviceWrite { db -> RatingView in
            let store = ServiceStore(db: db)
            guard let c = try await store.cases(centre, ids: [caseID]).first else { throw AppError.notFound("Case", zh: "该办件") }
            guard access.mayAnswer(department: c.departmentID) else { throw AppError.forbidden }
            let existing = try await store.ratings(centre, caseIDs: [caseID])
            var rating = try AppError.refusing(conflicts: ["already_rated"]) {
                try Rating.record(id: 0, case: c, level: input.level, channel: input.channel, at: at, comment: input.comment ?? "",
                                  existing: existing, rules: rules.ratings)
            }
            let model = ServiceRatingModel()
            model.store(rating, centre: centre)
            try await model.create(on: db)
            rating.id = try model.requireID(); model.store(rating, centre: centre); try await model.save(on: db)
            try await req.audit(on: db, "rate", "service_rating", id: rating.id, unit: centre, after: rating)
            var fixView: FixView?
            if var fix = RatingFix.opening(id: 0, for: rating, rules: rules.ratings, table: table) {
                let f = ServiceFixModel()
                f.store(fix, centre: centre); try await f.create(on: db)
                fix.id = try f.requireID(); f.store(fix, centre: centre); try await f.save(on: db)
                try await req.audit(on: db, "open", "service_fix", id: fix.id, unit: centre, after: fix)
                fixView = FixView(fix, today: today)
            }
            return RatingView(rating: rating, levelText: rules.ratings.level(rating.level)?.zh ?? rating.level, fix: fixView)
        }
        return try Response.created(view)
    }

    static func appeal(req: Request) async throws -> RatingView { try await appeal(req, reason: try req.decodeJSON(AppealInput.self).reason) }

    static func appeal(_ req: Request, reason: String) async throws -> RatingView {
        let by = try req.caller().displayName
        return try await change(req, "appeal", answer: true) { r, rules, today, table in
            try r.fileAppeal(on: today, by: by, reason: reason, rules: rules.ratings, table: table)
        }
    }

    static func decide(req: Request) async throws -> RatingView { try await decide(req, try req.decodeJSON(DecisionInput.self)) }

    static func decide(_ req: Request, _ input: DecisionInput) async throws -> RatingView {
        let by = try req.caller().displayName
        return try await change(req, "decide_appeal", answer: false) { r, _, today, _ in
            try r.decideAppeal(upheld: input.upheld, on: today, by: by, note: input.note)
        }
    }

    private static func change(_ req: Request, _ action: String, answer: Bool,
                               _ body: @escaping @Sendable (inout Rating, ServiceRuleSet, CivilDate, WorkingDayTable) throws -> Void) async throws -> RatingView {
        let id = try req.pathID()
        guard let found = try await ServiceRatingModel.find(id, on: req.db) else { throw AppError.notFound("Rating", zh: "该评价") }
        let access = try await req.centreAccess(found.centreID)
        guard answer ? access.mayAnswer(department: found.departmentID) : access.supervises else { throw AppError.forbidden }
        let rules = try await req.serviceStore.rules(), today = req.today, table = req.workingDays(around: today)
        return try await req.serviceWrite { db in
            guard let model = try await ServiceRatingModel.find(id, on: db), let before = model.domain else { throw AppError.notFound("Rating", zh: "该评价") }
            var rating = before
            try AppError.refusing(conflicts: ["appeal_exists"]) { try body(&rating, rules, today, table) }
            model.store(rating, centre: model.centreID)
            try await model.save(on: db)
            try await req.audit(on: db, action, "service_rating", id: rating.id, unit: model.centreID, before: before, after: rating)
            var fixView: FixView?
            if let f = try await ServiceFixModel.query(on: db).filter(\.$ratingID == id).first(), var fix = f.domain {
                if !rating.counts { fix.void(); f.store(fix, centre: f.centreID); try await f.save(on: db) }
                fixView = FixView(fix, today: today)
            }
            return RatingView(rating: rating, levelText: rules.ratings.level(rating.level)?.zh ?? rating.level, fix: fixView)
        }
    }

    /// GET …/ratings?period= (the period's ratings, newest first, at most 500).
    static func list(req: Request) async throws -> [RatingView] {
        try await list(req, centre: try req.pathID(), period: try req.queryPeriod(), bad: req.queryBool("bad") == true)
    }

    static func list(_ req: Request, centre: Int, period: Period, bad: Bool) async throws -> [RatingView] {
        let access = try await req.centreAccess(centre)
        let rules = try await req.serviceStore.rules()
        let (from, until) = period.instants
        let fixes = Dictionary(try await req.serviceStore.fixes(access.centre).map { ($0.ratingID, $0) }, uniquingKeysWith: { a, _ in a })
        return try await req.serviceStore.ratings(access.centre, from: from, through: until)
            .filter { access.mayRead(department: $0.departmentID) && (!bad || rules.ratings.level($0.level)?.bad == true) }
            .suffix(500).reversed()
            .map { RatingView(rating: $0, levelText: rules.ratings.level($0.level)?.zh ?? $0.level, fix: fixes[$0.id].map { FixView($0, today: req.today) }) }
    }
}

struct FixView: Content {
    var fix: RatingFix; var status: String; var statusText: String
    init(_ f: RatingFix, today: CivilDate) { fix = f; let s = f.status(asOf: today); status = s.rawValue; statusText = s.chinese }
}
