import Fluent
import NIOConcurrencyHelpers
import SQLKit

/// A multi-row `INSERT` as one statement text with binds. The text depends only on the
/// table, the columns, the number of rows and the engine's placeholder style, so it is
/// written once per shape and kept (`StatementTexts`); SQLKit's builder, and even its
/// query string with interpolated identifiers and binds, serialized every identifier and
/// placeholder of every row again — on the write path that cost more CPU than SQLite spent
/// executing the statement, and it ran inside the SQLite writer's turn (issue #18).
enum BulkInsert {
    /// The statement for `rows` (every row has `columns.count` values, in column order).
    static func statement(_ sql: any SQLDatabase, into table: String, columns: [String], rows: ArraySlice<[any Encodable & Sendable]>,
                          returning: String? = nil) -> BoundStatement {
        var binds: [any Encodable & Sendable] = []
        binds.reserveCapacity(rows.count * columns.count)
        for row in rows {
            precondition(row.count == columns.count, "BulkInsert: a row of \(row.count) values for \(columns.count) columns")
            binds.append(contentsOf: row)
        }
        let style = PlaceholderStyle(sql.dialect)
        let text = StatementTexts.shared.text(InsertShape(table: table, columns: columns, rows: rows.count, returning: returning, style: style))
        return BoundStatement(text: text, binds: binds)
    }

    /// Inserts `rows` in chunks that stay under the engine's bind-parameter limit.
    static func run(_ sql: any SQLDatabase, into table: String, columns: [String], rows: [[any Encodable & Sendable]],
                    maxBinds: Int) async throws {
        let perChunk = max(1, maxBinds / max(1, columns.count))
        for start in stride(from: 0, to: rows.count, by: perChunk) {
            try await sql.execute(sql: statement(sql, into: table, columns: columns, rows: rows[start..<min(rows.count, start + perChunk)])) { _ in }
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

/// A complete statement: its text with placeholders and the values bound to them, in order.
/// Only used as a whole query (never inside another expression), so its placeholders are
/// numbered from 1.
struct BoundStatement: SQLExpression {
    let text: String
    let binds: [any Encodable & Sendable]

    func serialize(to serializer: inout SQLSerializer) {
        precondition(serializer.binds.isEmpty && serializer.sql.isEmpty, "BoundStatement must be a whole query")
        serializer.write(text)
        serializer.binds.append(contentsOf: binds)
    }
}

/// How an engine writes bind placeholders: SQLite `?` (numbered in order), PostgreSQL `$1`.
enum PlaceholderStyle: Hashable, Sendable {
    case question, dollar

    /// Read from the dialect's own placeholder (an `SQLRaw`: `?1` or `$1`).
    init(_ dialect: any SQLDialect) {
        self = (dialect.bindPlaceholder(at: 1) as? SQLRaw)?.sql.hasPrefix("$") == true ? .dollar : .question
    }
}

struct InsertShape: Hashable, Sendable {
    var table: String
    var columns: [String]
    var rows: Int
    var returning: String?
    var style: PlaceholderStyle

    /// `INSERT INTO "t" ("a", "b") VALUES (?, ?), (?, ?) RETURNING "id"`.
    var text: String {
        var s = "INSERT INTO " + Self.quoted(table) + " (" + columns.map(Self.quoted).joined(separator: ", ") + ") VALUES "
        s.reserveCapacity(s.utf8.count + rows * columns.count * 6)
        var n = 0
        for r in 0..<rows {
            s += r == 0 ? "(" : ", ("
            for c in 0..<columns.count {
                n += 1
                if c > 0 { s += ", " }
                switch style {
                case .question: s += "?"
                case .dollar: s += "$" + String(n)
                }
            }
            s += ")"
        }
        if let returning { s += " RETURNING " + Self.quoted(returning) }
        return s
    }

    /// A double-quoted identifier (both engines), any `"` doubled.
    static func quoted(_ name: String) -> String {
        "\"" + (name.contains("\"") ? name.replacingOccurrences(of: "\"", with: "\"\"") : name) + "\""
    }
}

/// Statement texts by shape, shared by the process. Bounded: a commit group's size varies,
/// so a table sees a few dozen shapes; past `capacity` it starts over.
final class StatementTexts: Sendable {
    static let shared = StatementTexts()
    let capacity: Int
    private let texts = NIOLockedValueBox<[InsertShape: String]>([:])

    init(capacity: Int = 1_024) { self.capacity = capacity }

    func text(_ shape: InsertShape) -> String {
        if let t = texts.withLockedValue({ $0[shape] }) { return t }
        let t = shape.text
        texts.withLockedValue {
            if $0.count >= capacity { $0.removeAll(keepingCapacity: true) }
            $0[shape] = t
        }
        return t
    }
}

extension SQLDatabase {
    /// The rows a whole statement answers (`RETURNING`).
    func rows(_ statement: BoundStatement) async throws -> [any SQLRow] {
        let collected = NIOLockedValueBox<[any SQLRow]>([])
        try await execute(sql: statement) { row in collected.withLockedValue { $0.append(row) } }
        return collected.withLockedValue { $0 }
    }
}
