import Fluent
import SQLKit

/// A multi-row `INSERT` as one query string with binds. SQLKit's insert builder serializes
/// every row as an expression tree (each column identifier, each bind) — on the write path
/// that cost more than SQLite spent executing the statement; this writes the column list
/// once and each row's placeholders directly.
enum BulkInsert {
    static func query(into table: String, columns: [String], rows: ArraySlice<[any Encodable & Sendable]>,
                      returning: String? = nil) -> SQLQueryString {
        var q: SQLQueryString = "INSERT INTO "
        q.appendInterpolation(ident: table)
        q.appendInterpolation(unsafeRaw: " (")
        q.appendInterpolation(idents: columns, joinedBy: ", ")
        q.appendInterpolation(unsafeRaw: ") VALUES ")
        for (i, row) in rows.enumerated() {
            q.appendInterpolation(unsafeRaw: i == 0 ? "(" : ", (")
            q.appendInterpolation(binds: row)
            q.appendInterpolation(unsafeRaw: ")")
        }
        if let returning {
            q.appendInterpolation(unsafeRaw: " RETURNING ")
            q.appendInterpolation(ident: returning)
        }
        return q
    }

    /// Inserts `rows` in chunks that stay under the engine's bind-parameter limit.
    static func run(_ sql: any SQLDatabase, into table: String, columns: [String], rows: [[any Encodable & Sendable]],
                    maxBinds: Int) async throws {
        let perChunk = max(1, maxBinds / max(1, columns.count))
        for start in stride(from: 0, to: rows.count, by: perChunk) {
            try await sql.raw(query(into: table, columns: columns, rows: rows[start..<min(rows.count, start + perChunk)])).run()
        }
    }

    /// Inserts `rows` the fastest way the engine has: COPY for many rows on PostgreSQL,
    /// multi-row INSERTs otherwise.
    static func run(_ db: any Database, engine: any StorageEngine, into table: String, columns: [String],
                    rows: [[any Encodable & Sendable]]) async throws {
        if PostgresCopy.applies(to: engine, rows: rows.count) {
            try await PostgresCopy.run(db, into: table, columns: columns, rows: rows)
        } else {
            try await run(db as! any SQLDatabase, into: table, columns: columns, rows: rows, maxBinds: engine.maxBindParameters)
        }
    }
}
