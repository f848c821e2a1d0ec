import Foundation

/// One row of the audit log as the chain sees it (SPEC §8: every mutation and every
/// security event is recorded). Times are ISO 8601 UTC with milliseconds, keys snake_case.
public struct AuditRecord: Codable, Sendable, Equatable {
    public var id: Int
    /// "mutation" or "security".
    public var kind: String
    public var at: String
    public var userID: Int?
    public var username: String?
    public var ip: String?
    public var action: String
    public var entity: String
    public var entityID: String?
    public var unitID: Int?
    public var period: String?
    /// JSON array of `FieldChange` (snake_case keys).
    public var changes: String
    public var prevHash: String
    public var hash: String

    public init(id: Int, kind: String, at: String, userID: Int?, username: String?, ip: String?, action: String,
                entity: String, entityID: String?, unitID: Int?, period: String?, changes: String,
                prevHash: String, hash: String) {
        self.id = id; self.kind = kind; self.at = at; self.userID = userID; self.username = username; self.ip = ip
        self.action = action; self.entity = entity; self.entityID = entityID; self.unitID = unitID
        self.period = period; self.changes = changes; self.prevHash = prevHash; self.hash = hash
    }

    /// Every stored column but the id and the row's own hash, in a fixed order, each
    /// length-prefixed so no two different rows give the same line.
    public var canonical: String {
        let parts: [String] = [kind, at, userID.map(String.init) ?? "", username ?? "", ip ?? "", action, entity,
                               entityID ?? "", unitID.map(String.init) ?? "", period ?? "", changes, prevHash]
        return parts.map { "\($0.utf8.count):\($0)" }.joined(separator: "|")
    }
}

/// A change of one field (or one indicator value, `values.performances`) of a record.
public struct FieldChange: Codable, Sendable, Hashable {
    public var field: String
    public var old: String?
    public var new: String?
    public init(field: String, old: String?, new: String?) { self.field = field; self.old = old; self.new = new }

    /// The fields whose values differ between two flat views of a record, in key order.
    /// A creation has no `old`, a deletion no `new`.
    public static func between(_ old: [String: String]?, _ new: [String: String]?) -> [FieldChange] {
        let keys = Set((old ?? [:]).keys).union((new ?? [:]).keys).sorted()
        return keys.compactMap { k in
            let o = old?[k], n = new?[k]
            return o == n ? nil : FieldChange(field: k, old: o, new: n)
        }
    }

    /// "performances: 5 → 50".
    public var summary: String { "\(field): \(old ?? "—") → \(new ?? "—")" }
}
