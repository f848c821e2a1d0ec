import Fluent
import Foundation
import TaizhangDomain

extension Settings {
    /// A new definition of an indicator (names, work area, semantics, range, synonyms,
    /// retired); its code stays, and the whole catalog must still pass `Catalog.problems(of:)`.
    /// The admin's catalog page edits the names and work area; the API replaces the definition.
    @discardableResult
    static func updateIndicator(_ code: String, actor: Actor, writes: Writes, cache: CatalogCache,
                                _ change: (Indicator) -> Indicator) async throws -> Indicator {
        try requireGlobal(actor)
        let userID = try actor.requireUser
        guard let model = try await IndicatorModel.query(on: writes.db).filter(\.$code == code).first(), let before = model.domain else {
            throw AppError.notFound("Indicator \(code)", zh: "指标“\(code)”")
        }
        var after = change(before)
        after.code = code
        let catalog = try await cache.catalog(on: writes.db)
        let problems = Catalog(indicators: catalog.indicators.map { $0.code == code ? after : $0 }).problems(of: after)
        guard problems.isEmpty else { throw AppError.invalid(problems) }
        let changed = after
        try await writes.run(actor) { tx in
            model.definition = JSON.string(changed)
            try await model.save(on: tx.db)
            try await Audit.record(on: tx.db, userID: userID, action: changed.retired && !before.retired ? "retire" : "update",
                                   entity: "indicator", entityID: model.id, unitID: nil, before: before, after: changed, at: tx.now)
        }
        await cache.invalidate()
        return changed
    }
}
