import Fluent
import TaizhangDomain
import Vapor

/// The unit tree, cached: every request's scope check needs it.
typealias UnitDirectory = TimedCache<UnitTree>

extension TimedCache where Value == UnitTree {
    init() { self.init { db in UnitTree(try await UnitModel.query(on: db).all().map(\.domain)) } }

    func tree(on db: any Database) async throws -> UnitTree { try await value(on: db) }
}

extension Application {
    private struct UnitDirectoryKey: StorageKey { typealias Value = UnitDirectory }

    /// Set once in `configure`, before the server accepts requests.
    var unitDirectory: UnitDirectory {
        get { storage[UnitDirectoryKey.self]! }
        set { storage[UnitDirectoryKey.self] = newValue }
    }
}
