import TaizhangDomain

/// GET /audit?unit=&entity=&record=&user=&kind=&period=&offset= — who changed what, when,
/// from where, field by field: a leader his unit, a supervisor her subtree, an admin all.
public enum AuditPage {
    public struct Model: Sendable {
        public var unitName: String
        public var filters: [String: String]
        public var rows: [Row]
        public var total: Int
        public var offset: Int
        public var limit: Int
        /// The same filters as CSV (`/api/audit?…&format=csv`).
        public var csvURL: String

        public init(unitName: String, filters: [String: String], rows: [Row], total: Int, offset: Int, limit: Int, csvURL: String) {
            self.unitName = unitName; self.filters = filters; self.rows = rows; self.total = total
            self.offset = offset; self.limit = limit; self.csvURL = csvURL
        }
    }

    public struct Row: Sendable, Hashable {
        public var id: Int
        public var at: String
        public var user: String
        public var ip: String
        public var action: String
        public var record: String
        public var security: Bool
        public var changes: [FieldChange]

        public init(id: Int, at: String, user: String, ip: String, action: String, record: String, security: Bool, changes: [FieldChange]) {
            self.id = id; self.at = at; self.user = user; self.ip = ip; self.action = action; self.record = record
            self.security = security; self.changes = changes
        }
    }
}

