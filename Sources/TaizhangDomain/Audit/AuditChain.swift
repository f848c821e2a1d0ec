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

    /// ISO 8601 UTC with milliseconds: the one time format of the audit log
    /// ("2024-07-03T02:00:00.000Z", as `ISO8601DateFormatter` with fractional seconds
    /// writes it). Formatted by hand: a formatter per row cost more than the rest of an
    /// audit append.
    public static func timestamp(_ date: Date) -> String {
        let ms = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let seconds = ms >= 0 ? ms / 1000 : (ms - 999) / 1000
        let milli = Int(ms - seconds * 1000)
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let inDay = Int(seconds - Int64(days) * 86_400)
        let d = CivilDate(dayNumber: days)
        func pad(_ v: Int, _ n: Int) -> String {
            let s = String(v)
            return s.count >= n ? s : String(repeating: "0", count: n - s.count) + s
        }
        return "\(pad(d.year, 4))-\(pad(d.month, 2))-\(pad(d.day, 2))T\(pad(inDay / 3600, 2)):\(pad(inDay / 60 % 60, 2)):\(pad(inDay % 60, 2)).\(pad(milli, 3))Z"
    }
}
