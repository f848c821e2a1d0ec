import Fluent
import Foundation
import TaizhangDomain
import TaizhangService

/// SPEC §7 差评整改: the department records measures and callbacks; the supervision side
/// closes the fix (refused without a callback when the rules require one). Shared by the
/// API (`ServiceFixController`) and the ratings page.
enum ServiceFixes {
    struct CallbackInput: Codable, Sendable { var on: CivilDate?; var result: String; var satisfied: Bool }

    static func list(centre: Int, status: String?, in ctx: ServiceContext) async throws -> [FixView] {
        let access = try ctx.access(centre), today = ctx.today
        return try await ctx.store.fixes(access.centre).filter { access.mayRead(department: $0.departmentID) }
            .map { FixView($0, today: today) }.filter { status == nil || $0.status == status }.reversed()
    }

    static func measures(_ id: Int, text: String, in ctx: ServiceContext) async throws -> FixView {
        try await change(id, "record_measures", answer: true, in: ctx) { f, _, _ in try f.recordMeasures(text) }
    }

    static func callback(_ id: Int, _ input: CallbackInput, in ctx: ServiceContext) async throws -> FixView {
        let by = ctx.actor.displayName
        if let day = input.on, day > ctx.today {
            throw AppError.invalid([DomainError("future_date", zh: "回访日期不能晚于今天。", en: "on is in the future.", field: "on")])
        }
        return try await change(id, "callback", answer: true, in: ctx) { f, _, today in
            try f.addCallback(Callback(on: input.on ?? today, by: by, result: input.result, satisfied: input.satisfied))
        }
    }

    static func close(_ id: Int, in ctx: ServiceContext) async throws -> FixView {
        try await change(id, "close", answer: false, in: ctx) { f, rules, today in try f.close(on: today, rules: rules.ratings.rectification) }
    }

    private static func change(_ id: Int, _ action: String, answer: Bool, in ctx: ServiceContext,
                               _ body: @escaping @Sendable (inout RatingFix, ServiceRuleSet, CivilDate) throws -> Void) async throws -> FixView {
        guard let found = try await ServiceFixModel.find(id, on: ctx.db) else { throw AppError.notFound("Fix", zh: "该差评整改") }
        let access = try ctx.access(found.centreID)
        guard answer ? access.mayAnswer(department: found.departmentID) : access.supervises else { throw AppError.forbidden }
        let rules = try await ctx.store.rules(), today = ctx.today
        return try await ctx.write { db in
            guard let model = try await ServiceFixModel.find(id, on: db), let before = model.domain else { throw AppError.notFound("Fix", zh: "该差评整改") }
            var fix = before
            try AppError.refusing { try body(&fix, rules, today) }
            model.store(fix, centre: model.centreID)
            try await model.save(on: db)
            try await ctx.audit(on: db, action, "service_fix", id: fix.id, unit: model.centreID, before: before, after: fix)
            return FixView(fix, today: today)
        }
    }
}
