import Fluent
import Foundation
import NIOConcurrencyHelpers

/// A value loaded from the database and kept in memory for `maxAge`, for data every
/// request reads and that changes rarely (the unit tree, the catalog). Mutations in this
/// process call `invalidate()`; with several server processes on one PostgreSQL, a change
/// reaches the others after `maxAge`.
///
/// A lock, not an actor: a hit is a dictionary-free read under a lock with no hop to
/// another executor, and the database handle is only made on a miss (`Request.db` builds
/// one per access) — on the write path these were a few percent of a POST (issue #18).
final class TimedCache<Value: Sendable>: Sendable {
    private struct State {
        var cached: (value: Value, at: Date)?
        /// Bumped by `invalidate()`: a load that started before it does not store its value.
        var generation = 0
    }

    private let state = NIOLockedValueBox(State())
    private let maxAge: TimeInterval
    private let load: @Sendable (any Database) async throws -> Value

    init(maxAge: TimeInterval = 30, load: @escaping @Sendable (any Database) async throws -> Value) {
        self.maxAge = maxAge
        self.load = load
    }

    func value(on db: @autoclosure () -> any Database) async throws -> Value {
        let now = Date()
        let (hit, generation) = state.withLockedValue { s -> (Value?, Int) in
            guard let c = s.cached, now.timeIntervalSince(c.at) < maxAge else { return (nil, s.generation) }
            return (c.value, s.generation)
        }
        if let hit { return hit }
        let value = try await load(db())
        state.withLockedValue { s in
            if s.generation == generation { s.cached = (value, now) }
        }
        return value
    }

    func invalidate() async {
        state.withLockedValue { $0.cached = nil; $0.generation += 1 }
    }
}
