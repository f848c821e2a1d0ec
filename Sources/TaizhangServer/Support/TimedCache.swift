import Fluent
import Foundation

/// A value loaded from the database and kept in memory for `maxAge`, for data every
/// request reads and that changes rarely (the unit tree, the catalog). Mutations in this
/// process call `invalidate()`; with several server processes on one PostgreSQL, a change
/// reaches the others after `maxAge`.
actor TimedCache<Value: Sendable> {
    private var cached: (value: Value, at: Date)?
    private let maxAge: TimeInterval
    private let load: @Sendable (any Database) async throws -> Value

    init(maxAge: TimeInterval = 30, load: @escaping @Sendable (any Database) async throws -> Value) {
        self.maxAge = maxAge
        self.load = load
    }

    func value(on db: any Database) async throws -> Value {
        if let c = cached, Date().timeIntervalSince(c.at) < maxAge { return c.value }
        let value = try await load(db)
        cached = (value, Date())
        return value
    }

    func invalidate() { cached = nil }
}
