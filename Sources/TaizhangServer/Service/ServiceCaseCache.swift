import Fluent
import Foundation
import SQLKit
import TaizhangDomain
import TaizhangService
import Vapor

/// Every case of a centre, kept in memory: a case's status is computed (SPEC §7), so the
/// board, a filtered list and the rates all evaluate every case, and reading 100,000 rows
/// costs far more than evaluating them. Before each use one aggregate query (count, last
/// id, last import) checks the copy is current, so another server process's import is
/// seen at once; this process's writes also drop the copy.
actor ServiceCaseCache {
    private struct Signature: Equatable { var count: Int; var maxID: Int; var lastImport: Double }
    private var entries: [Int: (signature: Signature, cases: [ServiceCase])] = [:]

    func cases(_ centre: Int, on db: any Database) async throws -> [ServiceCase] {
        let signature = try await Self.signature(centre, on: db)
        if let e = entries[centre], e.signature == signature { return e.cases }
        let cases = try await ServiceStore(db: db).cases(centre)
        entries[centre] = (signature, cases)
        return cases
    }

    func invalidate(_ centre: Int) { entries[centre] = nil }

    private static func signature(_ centre: Int, on db: any Database) async throws -> Signature {
        let row = try await (db as! any SQLDatabase).select()
            .column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
            .column(SQLFunction("MAX", args: SQLColumn("id")), as: "max_id")
            .column(SQLFunction("MAX", args: SQLColumn("imported_at")), as: "last_import")
            .from("service_cases").where("centre_unit_id", .equal, centre).first()
        guard let row else { return Signature(count: 0, maxID: 0, lastImport: 0) }
        return Signature(count: try row.decode(column: "n", as: Int.self), maxID: try row.decode(column: "max_id", as: Int?.self) ?? 0,
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
