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
        let indicator = try req.decodeJSON(Indicator.self)
        try await Settings.addIndicator(indicator, actor: try await req.actor(), writes: req.writes, cache: req.application.catalogCache)
        return indicator
    }

    /// PUT /api/catalog/{code}: a new definition of the indicator (names, semantics, range,
    /// synonyms, retired); its code stays.
    static func update(req: Request) async throws -> Indicator {
        let indicator = try req.decodeJSON(Indicator.self)
        return try await Settings.updateIndicator(req.parameters.get("code") ?? indicator.code, actor: try await req.actor(),
                                                  writes: req.writes, cache: req.application.catalogCache) { _ in indicator }
    }

    /// POST /api/catalog/{code}/retire: takes no new values from now on; figures already
    /// recorded still count and show.
    static func retire(req: Request) async throws -> Indicator {
        let code = req.parameters.get("code") ?? ""
        try await Settings.setRetired(code, true, actor: try await req.actor(), writes: req.writes, cache: req.application.catalogCache)
        guard let retired = try await req.catalog()[code] else { throw AppError.notFound("Indicator \(code)", zh: "指标“\(code)”") }
        return retired
    }
}
