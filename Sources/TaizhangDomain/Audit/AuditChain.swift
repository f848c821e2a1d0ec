import Foundation

/// Tamper evidence for the audit log: each row stores the hash of the row before it and
/// the hash of its own content plus that link (a hash chain, as in append-only logs such
/// as RFC 6962's). Editing, deleting or inserting a row by hand breaks the chain at that
/// row, and `verify` names it.
public enum AuditChain {
    /// The link of the first row.
    public static let genesis = String(repeating: "0", count: 64)

    public static func hash(of record: AuditRecord) -> String {
        SHA256Digest.hex(record.canonical)
    }

    /// Fills in `prevHash` and `hash` for a new row after `previousHash`.
    public static func seal(_ record: AuditRecord, after previousHash: String?) -> AuditRecord {
        var r = record
        r.prevHash = previousHash ?? genesis
        r.hash = hash(of: r)
        return r
    }

    public struct Break: Sendable, Equatable, CustomStringConvertible {
        public var id: Int
        public var reason: String
        public var description: String { "audit row \(id): \(reason)" }
    }

    /// Walks rows in id order; the first row whose link or content does not match.
    public static func verify(_ records: [AuditRecord], startingAfter previousHash: String? = nil) -> Break? {
        var previous = previousHash ?? genesis
        for r in records {
            if r.prevHash != previous {
                return Break(id: r.id, reason: "its link does not match the row before it (a row was removed, inserted or changed)")
            }
            if hash(of: r) != r.hash {
                return Break(id: r.id, reason: "its content does not match its hash (the row was changed)")
            }
            previous = r.hash
        }
        return nil
    }

    /// ISO 8601 UTC with milliseconds: the one time format of the audit log.
    public static func timestamp(_ date: Date) -> String {
        let ms = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: Date(timeIntervalSince1970: Double(ms) / 1000))
    }
}
