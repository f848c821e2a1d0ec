import Fluent
import TaizhangDomain
import Vapor

/// The unit tree cached in memory: every request's scope check needs it, and units
/// change rarely. Unit mutations in this process call `invalidate()`.
/// (With several server processes on one PostgreSQL, a unit change reaches the others
/// after `maxAge`.)
actor UnitDirectory {
    private var cached: (tree: UnitTree, at: Date)?
    private let maxAge: TimeInterval = 30

    func tree(on db: any Database) async throws -> UnitTree {
        if let c = cached, Date().timeIntervalSince(c.at) < maxAge { return c.tree }
        let units = try await UnitModel.query(on: db).all().map(\.domain)
        let tree = UnitTree(units)
        cached = (tree, Date())
        return tree
    }

    func invalidate() { cached = nil }
}

extension Application {
    private struct UnitDirectoryKey: StorageKey { typealias Value = UnitDirectory }

    /// Set once in `configure`, before the server accepts requests.
    var unitDirectory: UnitDirectory {
        get { storage[UnitDirectoryKey.self]! }
        set { storage[UnitDirectoryKey.self] = newValue }
    }
}
