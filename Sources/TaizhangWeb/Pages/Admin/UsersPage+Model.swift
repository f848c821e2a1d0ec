import TaizhangDomain

/// GET /admin/users — the accounts the caller may manage, a form to create one, and per user:
/// reset the password (the user must change it at the next sign-in), add or remove a role,
/// disable or enable. Forms: POST /admin/users {username, display_name, email, password, unit_id,
/// role}; POST /admin/users/{id}/password {new_password}; POST /admin/users/{id}/grants {unit_id,
/// role}; POST /admin/users/{id}/grants/remove {unit_id, role}; POST /admin/users/{id}/disable,
/// /enable.
public enum UsersPage {
    public struct Model: Sendable {
        public var rows: [Row]
        public var units: [PlanChoice]
        public var roles: [Role]
        public var isAdmin: Bool
        public var form: FormState
        /// The user a failed per-user form was about (its panel opens with the message).
        public var openUser: Int?
        public var rowForm: FormState

        public init(rows: [Row], units: [PlanChoice], roles: [Role], isAdmin: Bool, form: FormState = .empty,
                    openUser: Int? = nil, rowForm: FormState = .empty) {
            self.rows = rows; self.units = units; self.roles = roles; self.isAdmin = isAdmin; self.form = form
            self.openUser = openUser; self.rowForm = rowForm
        }
    }

    public struct Row: Sendable, Hashable {
        public enum Status: String, Sendable { case active, mustChange = "must_change", disabled }
        public struct Grant: Sendable, Hashable {
            public var unitID: Int
            public var unitName: String
            public var role: Role
            public init(unitID: Int, unitName: String, role: Role) { self.unitID = unitID; self.unitName = unitName; self.role = role }
        }
        public var id: Int
        public var username: String
        public var displayName: String
        public var email: String?
        public var grants: [Grant]
        public var status: Status
        public var isSelf: Bool

        public init(id: Int, username: String, displayName: String, email: String? = nil, grants: [Grant], status: Status, isSelf: Bool = false) {
            self.id = id; self.username = username; self.displayName = displayName; self.email = email
            self.grants = grants; self.status = status; self.isSelf = isSelf
        }
    }
}
