import Fluent
import Foundation
import TaizhangDomain
import TaizhangService
import Vapor

/// SPEC §7 差评整改: the department records measures and callbacks; the supervision side
/// closes the fix (refused without a callback when the rules require one).
enum ServiceFixController {
    struct MeasuresInput: Content { var text: String }
    struct CallbackInput: Content { var on: CivilDate?; var result: String; var satisfied: Bool }

    static func list(req: Request) async throws -> [FixView] { try await list(req, centre: try req.pathID(), status: req.queryText("status")) }

    static func list(_ req: Request, centre: Int, status: String?) async throws -> [FixView] {
        let access = try await req.centreAccess(centre)
        return try await req.serviceStore.fixes(access.centre).filter { access.mayRead(department: $0.departmentID) }
            .map { FixView($0, today: req.today) }.filter { status == nil || $0.status == status }.reversed()
    }

    static func measures(req: Request) async throws -> FixView { try await measures(req, text: try req.decodeJSON(MeasuresInput.self).text) }

    static func measures(_ req: Request, text: String) async throws -> FixView {
        try await change(req, "record_measures", answer: true) { f, _, _ in try f.recordMeasures(text) }
    }

    static func callback(req: Request) async throws -> FixView { try await callback(req, try req.decodeJSON(CallbackInput.self)) }

    static func callback(_ req: Request, _ input: CallbackInput) async throws -> FixView {
        let by = try req.caller().displayName
        if let day = input.on, day > req.today {
            throw AppError.invalid([DomainError("future_date", zh: "回访日期不能晚于今天。", en: "on is in the future.", field: "on")])
        }
        return try await change(req, "callback", answer: true) { f, _, today in
            try f.addCallback(Callback(on: input.on ?? today, by: by, result: input.result, satisfied: input.satisfied))
        }
    }

    static func close(req: Request) async throws -> FixView {
        try await change(req, "close", answer: false) { f, rules, today in try f.close(on: today, rules: rules.ratings.rectification) }
    }

    private static func change(_ req: Request, _ action: String, answer: Bool,
                               _ body: @escaping @Sendable (inout RatingFix, ServiceRuleSet, CivilDate) throws -> Void) async throws -> FixView {
        let id = try req.pathID()
        guard let found = try await ServiceFixModel.find(id, on: req.db) else { throw AppError.notFound("Fix", zh: "该差评整改") }
        let access = try await req.centreAccess(found.centreID)
        guard answer ? access.mayAnswer(department: found.departmentID) : access.supervises else { throw AppError.forbidden }
        let rules = try await req.serviceStore.rules(), today = req.today
        return try await req.serviceWrite { db in
            guard let model = try await ServiceFixModel.find(id, on: db), let before = model.domain else { throw AppError.notFound("Fix", zh: "该差评整改") }
            var fix = before
            try AppError.refusing { try body(&fix, rules, today) }
            model.store(fix, centre: model.centreID)
            try await model.save(on: db)
            try await req.audit(on: db, action, "service_fix", id: fix.id, unit: model.centreID, before: before, after: fix)
            return FixView(fix, today: today)
        }
    }
}
