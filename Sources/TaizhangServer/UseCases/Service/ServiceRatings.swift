import Fluent
import Foundation
import TaizhangDomain
import TaizhangService

/// SPEC §7 一事一评 / 好差评: a rating per case from a channel; a bad one opens a fix due
/// in 15 working days that closes only with measures and a callback; appeals by the staff,
/// decided by the supervision side (an upheld one voids the fix and leaves the rates).
/// Shared by the API (`ServiceRatingController`) and the ratings page.
enum ServiceRatings {
    struct RatingInput: Codable, Sendable { var level: String; var channel: String; var comment: String?; var ratedAt: Date? }
    struct DecisionInput: Codable, Sendable { var upheld: Bool; var note: String }
    struct RatingView: Codable, Sendable { var rating: Rating; var levelText: String; var fix: FixView? }

    /// Records a rating (the centre's people, the department's, or a device's token).
    static func record(caseID: Int, _ input: RatingInput, in ctx: ServiceContext) async throws -> RatingView {
        let centre = try await ctx.centreOf(case: caseID)
        let access = try ctx.access(centre)
        let rules = try await ctx.store.rules()
        let now = ctx.now, at = input.ratedAt ?? now, today = ctx.today, table = ServiceContext.workingDays(around: today)
        if at > now.addingTimeInterval(300) {
            throw AppError.invalid([DomainError("future_date", zh: "评价时间不能晚于现在。", en: "rated_at is in the future.", field: "rated_at")])
        }
        return try await ctx.write { db -> RatingView in
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
            try await ctx.audit(on: db, "rate", "service_rating", id: rating.id, unit: centre, after: rating)
            var fixView: FixView?
            if var fix = RatingFix.opening(id: 0, for: rating, rules: rules.ratings, table: table) {
                let f = ServiceFixModel()
                f.store(fix, centre: centre); try await f.create(on: db)
                fix.id = try f.requireID(); f.store(fix, centre: centre); try await f.save(on: db)
                try await ctx.audit(on: db, "open", "service_fix", id: fix.id, unit: centre, after: fix)
                fixView = FixView(fix, today: today)
            }
            return RatingView(rating: rating, levelText: rules.ratings.level(rating.level)?.zh ?? rating.level, fix: fixView)
        }
    }

    static func appeal(_ id: Int, reason: String, in ctx: ServiceContext) async throws -> RatingView {
        let by = ctx.actor.displayName
        return try await change(id, "appeal", answer: true, in: ctx) { r, rules, today, table in
            try r.fileAppeal(on: today, by: by, reason: reason, rules: rules.ratings, table: table)
        }
    }

    static func decide(_ id: Int, _ input: DecisionInput, in ctx: ServiceContext) async throws -> RatingView {
        let by = ctx.actor.displayName
        return try await change(id, "decide_appeal", answer: false, in: ctx) { r, _, today, _ in
            try r.decideAppeal(upheld: input.upheld, on: today, by: by, note: input.note)
        }
    }

    private static func change(_ id: Int, _ action: String, answer: Bool, in ctx: ServiceContext,
                               _ body: @escaping @Sendable (inout Rating, ServiceRuleSet, CivilDate, WorkingDayTable) throws -> Void) async throws -> RatingView {
        guard let found = try await ServiceRatingModel.find(id, on: ctx.db) else { throw AppError.notFound("Rating", zh: "该评价") }
        let access = try ctx.access(found.centreID)
        guard answer ? access.mayAnswer(department: found.departmentID) : access.supervises else { throw AppError.forbidden }
        let rules = try await ctx.store.rules(), today = ctx.today, table = ServiceContext.workingDays(around: today)
        return try await ctx.write { db in
            guard let model = try await ServiceRatingModel.find(id, on: db), let before = model.domain else { throw AppError.notFound("Rating", zh: "该评价") }
            var rating = before
            try AppError.refusing(conflicts: ["appeal_exists"]) { try body(&rating, rules, today, table) }
            model.store(rating, centre: model.centreID)
            try await model.save(on: db)
            try await ctx.audit(on: db, action, "service_rating", id: rating.id, unit: model.centreID, before: before, after: rating)
            var fixView: FixView?
            if let f = try await ServiceFixModel.query(on: db).filter(\.$ratingID == id).first(), var fix = f.domain {
                if !rating.counts { fix.void(); f.store(fix, centre: f.centreID); try await f.save(on: db) }
                fixView = FixView(fix, today: today)
            }
            return RatingView(rating: rating, levelText: rules.ratings.level(rating.level)?.zh ?? rating.level, fix: fixView)
        }
    }

    /// The period's ratings the actor may read (only bad ones when `bad`), newest first, at most 500.
    static func list(centre: Int, period: Period, bad: Bool, in ctx: ServiceContext) async throws -> [RatingView] {
        let access = try ctx.access(centre)
        let rules = try await ctx.store.rules(), today = ctx.today
        let (from, until) = period.instants
        let fixes = Dictionary(try await ctx.store.fixes(access.centre).map { ($0.ratingID, $0) }, uniquingKeysWith: { a, _ in a })
        return try await ctx.store.ratings(access.centre, from: from, through: until)
            .filter { access.mayRead(department: $0.departmentID) && (!bad || rules.ratings.level($0.level)?.bad == true) }
            .suffix(500).reversed()
            .map { RatingView(rating: $0, levelText: rules.ratings.level($0.level)?.zh ?? $0.level, fix: fixes[$0.id].map { FixView($0, today: today) }) }
    }
}
