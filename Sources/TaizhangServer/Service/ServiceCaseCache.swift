import Fluent
import Foundation
import SQLKit
import TaizhangDomain
import TaizhangService
import Vapor

/// Every case of a centre, kept in memory: a case's status is computed (SPEC §7), so the
/// board, a filtered list and the rates all evaluate every case, and reading 100,000 rows
/// costs far more than evaluating them. Before each use one query (the centre's last case
/// id and last import time) checks the copy is current, so another server process's import
/// is seen at once; this process's writes also drop the copy. Cases are never deleted (an
/// import inserts new ones and rewrites changed ones with a new import time), so those two
/// change with every write; each is one index lookup, where a count would read every case.
actor ServiceCaseCache {
    private struct Signature: Equatable { var maxID: Int; var lastImport: Double }
    private var entries: [Int: (signature: Signature, cases: [ServiceCase])] = [:]

    func cases(_ centre: Int, on db: any Database) async throws -> [ServiceCase] {
        let signature = try await Self.signature(centre, on: db)
        if let e = entries[centre], e.signature == signature { return e.cases }
        let cases = try await ServiceStore(db: db).cases(centre)
        entries[centre] = (signature, cases)
        return cases
    }

    func invalidate(_ centre: Int) { entries[centre] = nil }

    /// Two scalar subqueries, each a single MAX the engines answer from an index's end
    /// (`(centre_unit_id, id)` and `(centre_unit_id, imported_at)`).
    private static func signature(_ centre: Int, on db: any Database) async throws -> Signature {
        let row = try await (db as! any SQLDatabase).raw("""
            SELECT (SELECT MAX(id) FROM service_cases WHERE centre_unit_id = \(bind: centre)) AS max_id,
                   (SELECT MAX(imported_at) FROM service_cases WHERE centre_unit_id = \(bind: centre)) AS last_import
            """).first()
        guard let row else { return Signature(maxID: 0, lastImport: 0) }
        return Signature(maxID: try row.decode(column: "max_id", as: Int?.self) ?? 0,
                         lastImport: try row.decode(column: "last_import", as: Date?.self)?.timeIntervalSince1970 ?? 0)
    }
}

extension Application {
    private struct ServiceCaseCacheKey: StorageKey { typealias Value = ServiceCaseCache }

    /// Set once in `configure`, before the server accepts requests.
    var serviceCases: ServiceCaseCache {
        get { storage[ServiceCaseCacheKey.self]! }
        set { storage[ServiceCaseCacheKey.self] = newValue }
    }
}
