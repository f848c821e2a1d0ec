import Fluent
import SQLKit

/// A secondary index, created with SQLKit (`CREATE INDEX` is the same SQL on SQLite and
/// PostgreSQL). Used by index migrations from 002 on.
struct IndexSpec: Sendable {
    var name: String
    var table: String
    var columns: [String]

    init(_ name: String, _ table: String, _ columns: [String]) { self.name = name; self.table = table; self.columns = columns }

    static func create(_ specs: [IndexSpec], on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        for spec in specs {
            var builder = sql.create(index: spec.name).on(spec.table)
            for column in spec.columns { builder = builder.column(column) }
            try await builder.run()
        }
    }

    static func drop(_ specs: [IndexSpec], on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        for spec in specs.reversed() { try await sql.drop(index: spec.name).run() }
    }
}
