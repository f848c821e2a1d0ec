import Fluent
import TaizhangDomain
import Vapor

/// The indicator catalog: everyone signed in reads it; admins extend it, edit an
/// indicator's definition and retire one. Nothing is deleted: old records name it.
enum CatalogController {
    static func list(req: Request) async throws -> [Indicator] {
        _ = try req.caller()
        return try await req.catalog().indicators
    }

    static func create(req: Request) async throws -> Indicator {
        let caller = try req.caller()
        guard try await req.scope().can(.manageGlobalSettings) else { throw AppError.forbidden }
        let indicator = try req.decodeJSON(Indicator.self)
        let catalog = try await req.catalog()
        if catalog[indicator.code] != nil {
            throw AppError(.conflict, "indicator_exists", zh: "指标代码“\(indicator.code)”已存在。", en: "Indicator “\(indicator.code)” exists.", field: "code")
        }
        try check(indicator, in: Catalog(indicators: catalog.indicators + [indicator]))
        try await req.writes.run(try await req.actor()) { tx in let db = tx.db
            try await IndicatorModel(indicator).create(on: db)
            try await Audit.record(on: db, userID: caller.userID, action: "create", entity: "indicator", entityID: nil,
                                   unitID: nil, before: Audit.None?.none, after: indicator, at: req.now)
        }
        await req.application.catalogCache.invalidate()
        return indicator
    }

    /// PUT /api/catalog/{code}: a new definition of the indicator (names, semantics, range,
    /// synonyms, retired); its code stays.
    static func update(req: Request) async throws -> Indicator {
        var indicator = try req.decodeJSON(Indicator.self)
        indicator.code = req.parameters.get("code") ?? indicator.code
        return try await replace(req, code: indicator.code) { _ in indicator }
    }

    /// POST /api/catalog/{code}/retire: takes no new values from now on; figures already
    /// recorded still count and show.
    static func retire(req: Request) async throws -> Indicator {
        try await replace(req, code: req.parameters.get("code") ?? "") { old in
            var i = old
            i.retired = true
            return i
        }
    }

    private static func replace(_ req: Request, code: String, _ change: (Indicator) -> Indicator) async throws -> Indicator {
        let caller = try req.caller()
        guard try await req.scope().isAdmin else { throw AppError.forbidden }
        guard let model = try await IndicatorModel.query(on: req.db).filter(\.$code == code).first(), let before = model.domain else {
            throw AppError.notFound("Indicator \(code)", zh: "指标“\(code)”")
        }
        let after = change(before)
        let catalog = try await req.catalog()
        try check(after, in: Catalog(indicators: catalog.indicators.map { $0.code == code ? after : $0 }))
        model.definition = JSON.string(after)
        try await req.writes.run(try await req.actor()) { tx in let db = tx.db
            try await model.save(on: db)
            try await Audit.record(on: db, userID: caller.userID, action: after.retired && !before.retired ? "retire" : "update",
                                   entity: "indicator", entityID: model.id, unitID: nil, before: before, after: after, at: req.now)
        }
        await req.application.catalogCache.invalidate()
        return after
    }

    private static func check(_ indicator: Indicator, in catalog: Catalog) throws {
        let problems = catalog.problems(of: indicator)
        if !problems.isEmpty { throw AppError.invalid(problems) }
    }
}
