import Fluent
import TaizhangDomain
import Vapor

/// The unit tree, cached: every request's scope check needs it. Each zone's/project's unit
/// carries its creation's start, so every "is a report expected" question
/// (`ReportingPlan.expects`) reads the same dates.
typealias UnitDirectory = TimedCache<UnitTree>

extension TimedCache where Value == UnitTree {
    convenience init() {
        self.init { db in
            let starts = Dictionary(try await CreationModel.query(on: db).all().map { ($0.unitID, CivilDate($0.startYear, 1, 1)) },
                                    uniquingKeysWith: { a, _ in a })
            return UnitTree(try await UnitModel.query(on: db).all().map { m in
                var u = m.domain
                u.creationStartsOn = u.id == 0 ? nil : starts[u.id]
                return u
            })
        }
    }

    func tree(on db: @autoclosure () -> any Database) async throws -> UnitTree { try await value(on: db()) }
}

extension Application {
    private struct UnitDirectoryKey: StorageKey { typealias Value = UnitDirectory }

    /// Set once in `configure`, before the server accepts requests.
    var unitDirectory: UnitDirectory {
        get { storage[UnitDirectoryKey.self]! }
        set { storage[UnitDirectoryKey.self] = newValue }
    }
}
