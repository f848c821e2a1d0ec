import TaizhangDomain

/// 403 / 404 / 500 pages. With a context (signed in) inside the layout, else bare.
public enum ErrorPage {
    public struct Model: Sendable {
        public var status: Int
        /// The specific message (already localised by the server's error), or nil for the generic one.
        public var message: String?
        public init(status: Int, message: String? = nil) { self.status = status; self.message = message }
    }

    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        return Layout.page(title(m.status, t), ctx) { content(m, t) }
    }

    /// For requests without a session (the login page's language decides).
    public static func render(_ m: Model, lang: Language) -> String {
        let t = Loc(lang)
        return Layout.document(title: title(m.status, t), lang: lang) {
            el("main", [.id("main"), .class("tz-main")]) { h1 { title(m.status, t) }; content(m, t) }
        }
    }

    static func title(_ status: Int, _ t: Loc) -> String {
        switch status {
        case 403: t(.error403)
        case 404: t(.error404)
        case 400..<500: t(.error400)
        default: t(.error500)
        }
    }

    static func content(_ m: Model, _ t: Loc) -> Node {
        div(.class("tz-error-page")) {
            p { m.message ?? t(.errorGeneric) }
            p { a(.href("/")) { t(.backHome) } }
        }
    }
}
