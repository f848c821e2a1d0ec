import Fluent
import FluentPostgresDriver
import Foundation

/// Large inserts on PostgreSQL through `COPY … FROM STDIN` (text format): a 10,000-entry
/// batch as multi-row INSERTs is ~340,000 bind parameters, each encoded and sent on its
/// own; as COPY it is one stream of lines the server parses in bulk (issue #18: batch
/// import ≥ 20,000 entries/s). Runs on the transaction's own connection, so it commits or
/// rolls back with the rest of the transaction.
enum PostgresCopy {
    /// Fewer rows than this go through `BulkInsert` (one statement is cheaper than a COPY).
    static let minRows = 200

    static func applies(to engine: any StorageEngine, rows: Int) -> Bool {
        engine.name == "postgresql" && rows >= minRows
    }

    /// `count` new ids of `table`'s identity column, ascending, taken from its sequence.
    static func newIDs(_ count: Int, table: String, on db: any Database) async throws -> [Int] {
        let sql = db as! any SQLDatabase
        let row = try await sql.raw("SELECT array_agg(nextval(pg_get_serial_sequence(\(bind: table), 'id'))) AS ids FROM generate_series(1, \(bind: count))").first()
        let ids = try row?.decode(column: "ids", as: [Int].self) ?? []
        guard ids.count == count else { throw CopyError.unexpected("\(ids.count) ids for \(count) rows") }
        return ids.sorted()
    }

    /// Bytes of COPY text sent at a time: small enough that PostgreSQL parses and inserts
    /// the first rows while the rest are still being encoded (the two take turns on the
    /// cores otherwise), large enough to keep the writes few.
    static let chunkBytes = 1 << 18

    static func run(_ db: any Database, into table: String, columns: [String], rows: [[any Encodable & Sendable]]) async throws {
        guard let pg = db as? any PostgresDatabase else { throw CopyError.unexpected("not a PostgreSQL connection") }
        let logger = db.logger
        try await pg.withConnection { conn in
            conn.eventLoop.makeFutureWithTask {
                try await conn.copyFrom(table: table, columns: columns, logger: logger) { writer in
                    var text = "", dates: [Date: String] = [:]
                    text.reserveCapacity(chunkBytes + 4096)
                    for (i, row) in rows.enumerated() {
                        for (j, value) in row.enumerated() {
                            if j > 0 { text += "\t" }
                            try field(value, into: &text, dates: &dates)
                        }
                        text += "\n"
                        if text.utf8.count > chunkBytes || i == rows.count - 1 {
                            try await writer.write(ByteBuffer(string: text))
                            text.removeAll(keepingCapacity: true)
                        }
                    }
                }
            }
        }.get()
    }

    /// One value in COPY's text format: `\N` for NULL; backslash, tab, newline and carriage
    /// return escaped; booleans `t`/`f`; times as UTC timestamps with microseconds.
    static func field(_ value: any Encodable & Sendable, into text: inout String, dates: inout [Date: String]) throws {
        // Concrete types first: a cast to a protocol (`OptionalValue`) looks the conformance
        // up in the runtime's cache, and this runs once per value (340,000 for a batch of
        // 10,000 entries). An Optional holding a value casts to its wrapped type; only nil
        // (and unknown types) reach the protocol check.
        switch value {
        case let s as String:
            // Most text (titles, codes, dates) holds nothing to escape: append it whole.
            guard s.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
                text += s
                return
            }
            for ch in s.unicodeScalars {
                switch ch {
                case "\\": text += "\\\\"
                case "\t": text += "\\t"
                case "\n": text += "\\n"
                case "\r": text += "\\r"
                default: text.unicodeScalars.append(ch)
                }
            }
        case let b as Bool: text += b ? "t" : "f"
        case let n as Int: text += String(n)
        case let d as Double: text += "\(d)"
        case let date as Date:
            if let known = dates[date] { text += known; return }
            let s = timestamp(date)
            dates[date] = s
            text += s
        default:
            guard let optional = value as? any OptionalValue, optional.isNone else {
                throw CopyError.unexpected("no COPY text for \(type(of: value))")
            }
            text += "\\N"
        }
    }

    /// "2026-12-05 04:03:02.123456+00"
    static func timestamp(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        let micros = min(999_999, Int(((date.timeIntervalSince1970 - seconds) * 1_000_000).rounded()))
        var t = time_t(seconds), parts = tm()
        gmtime_r(&t, &parts)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d.%06d+00", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), micros)
    }

    enum CopyError: Error, CustomStringConvertible {
        case unexpected(String)
        var description: String {
            switch self { case .unexpected(let s): "COPY: \(s)" }
        }
    }
}

/// Lets a value typed `any Encodable` say whether it is an empty Optional.
protocol OptionalValue {
    var isNone: Bool { get }
}

extension Optional: OptionalValue {
    var isNone: Bool { self == nil }
}
