import TaizhangDomain

/// GET /login (and POST /login re-rendered on failure).
public enum LoginPage {
    public struct Model: Sendable {
        public var lang: Language
        /// A pre-session CSRF token (cookie-bound) so even the login form cannot be forged.
        public var csrf: String
        /// `username` and the failure message under `formError`; the password is never echoed back.
        public var form: FormState
        /// Where to go after signing in (a local path).
        public var next: String?
        /// The demo district's logins, shown only while the demo data is loaded.
        public var demoHint: String?

        public init(lang: Language, csrf: String, form: FormState = .empty, next: String? = nil, demoHint: String? = nil) {
            self.lang = lang; self.csrf = csrf; self.form = form; self.next = next; self.demoHint = demoHint
        }
    }
}
