import TaizhangDomain

/// GET /account/password (change one's password; also where a user lands who must change it)
/// and GET /account/tokens (script tokens: list, revoke, create one shown once).
public enum AccountPage {
    public struct PasswordModel: Sendable {
        public var form: FormState
        /// After an admin's reset: the user can do nothing else until they change it.
        public var mustChange: Bool
        public init(form: FormState = .empty, mustChange: Bool = false) { self.form = form; self.mustChange = mustChange }
    }

    public struct TokenRow: Sendable {
        public var id: Int
        public var name: String
        /// "api" (a script token) or "session" (a signed-in browser).
        public var kind: String
        public var created: CivilDate?
        public var expires: CivilDate
        public var current: Bool
        public init(id: Int, name: String, kind: String, created: CivilDate?, expires: CivilDate, current: Bool) {
            self.id = id; self.name = name; self.kind = kind; self.created = created; self.expires = expires; self.current = current
        }
    }

    public struct TokensModel: Sendable {
        public var rows: [TokenRow]
        /// A token just created: shown this once, never stored in clear.
        public var newToken: String?
        public var lifetimeDays: Int
        public var form: FormState
        public init(rows: [TokenRow], newToken: String? = nil, lifetimeDays: Int, form: FormState = .empty) {
            self.rows = rows; self.newToken = newToken; self.lifetimeDays = lifetimeDays; self.form = form
        }
    }
}
