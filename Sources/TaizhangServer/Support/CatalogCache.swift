import Fluent
import TaizhangDomain
import Vapor

/// The indicator catalog, cached: every entry write validates against it.
typealias CatalogCache = TimedCache<Catalog>

extension TimedCache where Value == Catalog {
    convenience init() { self.init { db in Catalog(indicators: try await IndicatorModel.query(on: db).sort(\.$id).all().compactMap(\.domain)) } }

    func catalog(on db: @autoclosure () -> any Database) async throws -> Catalog { try await value(on: db()) }
}

extension Application {
    private struct CatalogCacheKey: StorageKey { typealias Value = CatalogCache }

    /// Set once in `configure`, before the server accepts requests.
    var catalogCache: CatalogCache {
        get { storage[CatalogCacheKey.self]! }
        set { storage[CatalogCacheKey.self] = newValue }
    }
}

extension Request {
    func catalog() async throws -> Catalog { try await application.catalogCache.catalog(on: db) }
}
