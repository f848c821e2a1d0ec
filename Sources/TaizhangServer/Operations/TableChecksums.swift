import Crypto
import Foundation
import NIOConcurrencyHelpers
import SQLKit

/// Per-table row counts and SHA-256 digests of the rows in primary-key order, to show that
/// a restored database holds exactly what was backed up. Each engine writes a row in its
/// own canonical text (SQLite `quote()` of every column, PostgreSQL the row's `::text`),
/// so digests compare between two databases of the same engine.
enum TableChecksums {
    struct Table: Codable, Equatable, Sendable {
        var name: String
        var rows: Int
        var sha256: String
    }

    /// Every table of the application (SQLite's own and nothing else left out).
    static func compute(on db: any SQLDatabase, engine: String) async throws -> [Table] {
        var out: [Table] = []
        for name in try await tables(on: db, engine: engine) {
            out.append(try await table(name, on: db, engine: engine))
        }
        return out
    }

    static func tables(on db: any SQLDatabase, engine: String) async throws -> [String] {
        let sql = engine == "postgresql"
            ? "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        return try await db.raw(SQLQueryString(sql)).all().map { try $0.decode(column: "name", as: String.self) }
    }

    static func table(_ name: String, on db: any SQLDatabase, engine: String) async throws -> Table {
        let digest = StreamingDigest()
        let query: SQLQueryString
        if engine == "postgresql" {
            let key = try await postgresKey(name, on: db)
            let order = key.isEmpty ? "t::text" : key.map(quoted).joined(separator: ", ")
            query = "SELECT t::text AS r FROM \(unsafeRaw: quoted(name)) t ORDER BY \(unsafeRaw: order)"
        } else {
            let columns = try await db.raw("PRAGMA table_info(\(unsafeRaw: quoted(name)))").all()
            let names = try columns.map { try $0.decode(column: "name", as: String.self) }
            let key = try columns.filter { try $0.decode(column: "pk", as: Int.self) > 0 }
                .sorted { try $0.decode(column: "pk", as: Int.self) < $1.decode(column: "pk", as: Int.self) }
                .map { try $0.decode(column: "name", as: String.self) }
            let row = names.map { "quote(\(quoted($0)))" }.joined(separator: " || char(31) || ")
            let order = (key.isEmpty ? names : key).map(quoted).joined(separator: ", ")
            query = "SELECT \(unsafeRaw: row) AS r FROM \(unsafeRaw: quoted(name)) ORDER BY \(unsafeRaw: order)"
        }
        try await db.execute(sql: query) { row in digest.add((try? row.decode(column: "r", as: String.self)) ?? "\u{0}") }
        return Table(name: name, rows: digest.count, sha256: digest.hex)
    }

    private static func postgresKey(_ table: String, on db: any SQLDatabase) async throws -> [String] {
        try await db.raw("""
            SELECT a.attname AS name FROM pg_index i
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
            WHERE i.indrelid = \(bind: "public." + quoted(table))::regclass AND i.indisprimary ORDER BY a.attnum
            """).all().map { try $0.decode(column: "name", as: String.self) }
    }

    static func quoted(_ identifier: String) -> String { "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// Tables whose count or digest differ, or that only one side has.
    static func differences(_ expected: [Table], _ actual: [Table]) -> [String] {
        let a = Dictionary(uniqueKeysWithValues: actual.map { ($0.name, $0) })
        let e = Dictionary(uniqueKeysWithValues: expected.map { ($0.name, $0) })
        var out: [String] = []
        for t in expected {
            guard let b = a[t.name] else { out.append("\(t.name): missing"); continue }
            if b != t { out.append("\(t.name): \(t.rows) rows \(t.sha256.prefix(12)) → \(b.rows) rows \(b.sha256.prefix(12))") }
        }
        for t in actual where e[t.name] == nil { out.append("\(t.name): not in the backup") }
        return out
    }
}

/// SHA-256 over a stream of rows (the row callback is `@Sendable`, hence the lock).
private final class StreamingDigest: Sendable {
    private let state = NIOLockedValueBox((SHA256(), 0))

    func add(_ row: String) {
        state.withLockedValue {
            // Length-prefixed, so no row's text can run into the next one's.
            $0.0.update(data: Data("\(row.utf8.count):".utf8))
            $0.0.update(data: Data(row.utf8))
            $0.1 += 1
        }
    }

    var count: Int { state.withLockedValue { $0.1 } }
    var hex: String { state.withLockedValue { $0.0.finalize().map { String(format: "%02x", $0) }.joined() } }
}
