import Fluent
import TaizhangDomain
import Vapor

/// The indicator catalog cached in memory (read by every entry write); catalog
/// mutations in this process call `invalidate()`.
actor CatalogCache {
    private var cached: (catalog: Catalog, at: Date)?
    private let maxAge: TimeInterval = 30

    func catalog(on db: any Database) async throws -> Catalog {
        if let c = cached, Date().timeIntervalSince(c.at) < maxAge { return c.catalog }
        let catalog = Catalog(indicators: try await IndicatorModel.query(on: db).sort(\.$id).all().compactMap(\.domain))
        cached = (catalog, Date())
        return catalog
    }

    func invalidate() { cached = nil }
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
