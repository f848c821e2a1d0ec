import Fluent
import TaizhangDomain
import TaizhangWeb
import Vapor

/// Signing in and out in the browser, switching the unit one works in, and the static files.
enum WebSessionController {
    /// A pre-session CSRF token, bound to a cookie (double submit), so the login form
    /// cannot be posted from another site either.
    static let loginCookie = "tz_login_csrf"

    struct LoginForm: Content { var username: String?; var password: String?; var next: String?; var _csrf: String? }
    struct SwitchForm: Content { var unit_id: Int?; var return_to: String? }

    static func loginPage(req: Request) async throws -> Response {
        if req.auth.has(AuthContext.self) { return req.seeOther(Request.localPath(req.query[String.self, at: "next"]) ?? "/") }
        return try await renderLogin(req, form: .empty, status: .ok)
    }

    static func login(req: Request) async throws -> Response {
        let form = try req.content.decode(LoginForm.self)
        guard let sent = form._csrf, let expected = req.cookies[loginCookie]?.string, !expected.isEmpty, sent == expected else {
            return try await renderLogin(req, form: FormState(values: ["username": form.username ?? ""], formError: t(req, .sessionExpired)),
                                         status: .forbidden)
        }
        let username = (form.username ?? "").trimmingCharacters(in: .whitespaces)
        let user: UserModel
        switch try await LoginGate.attempt(username: username, password: form.password ?? "", on: req) {
        case .ok(let u): user = u
        case .wrong:
            return try await renderLogin(req, form: FormState(values: ["username": username], formError: t(req, .badCredentials)),
                                         status: .unauthorized)
        case .throttled(let until, let locked):
            let e = LoginGate.throttledError(until: until, locked: locked, now: req.now)
            let response = try await renderLogin(req, form: FormState(values: ["username": username], formError: req.language == .en ? e.en : e.zh),
                                                 status: .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: e.details.first?.en ?? "60")
            return response
        }
        let (raw, token) = try await SessionTokens.issue(for: user.id!, kind: "session", name: nil,
                                                               lifetime: SessionTokens.sessionLifetime, on: req)
        let response = req.seeOther(user.mustChangePassword ? "/account/password" : Request.localPath(form.next) ?? "/")
        response.cookies[SessionAuthenticator.cookieName] = SessionTokens.cookie(raw, token)
        response.cookies[loginCookie] = SessionTokens.expiredCookie
        if ["zh", "en"].contains(user.language), req.cookies["tz_lang"] == nil {
            response.cookies["tz_lang"] = HTTPCookies.Value(string: user.language, maxAge: 365 * 86400, path: "/", sameSite: .lax)
        }
        return response
    }

    static func logout(req: Request) async throws -> Response {
        if let caller = req.auth.get(AuthContext.self) {
            try await req.writes.run(try await req.actor()) { tx in
                try await TokenModel.query(on: tx.db).filter(\.$id == caller.tokenID).delete()
                try await tx.audit("logout", entity: "security", id: nil, unit: nil, kind: "security")
            }
        }
        let response = req.seeOther("/login")
        response.cookies[SessionAuthenticator.cookieName] = SessionTokens.expiredCookie
        return response
    }

    /// Remembers the unit the user works in; only one of their own units is accepted.
    static func switchUnit(req: Request) async throws -> Response {
        let form = try req.content.decode(SwitchForm.self)
        let caller = try req.caller()
        guard let unit = form.unit_id else {
            throw AppError.badRequest("missing_unit", zh: "请选择单位。", en: "Choose a unit.", field: "unit_id")
        }
        guard caller.grants.contains(where: { $0.unitID == unit }) else { throw AppError.forbidden }
        let response = req.seeOther(Request.localPath(form.return_to) ?? "/")
        response.cookies[Request.unitCookie] = HTTPCookies.Value(string: String(unit), maxAge: 365 * 86400, path: "/", isHTTPOnly: true, sameSite: .lax)
        return response
    }

    static func renderLogin(_ req: Request, form: FormState, status: HTTPResponseStatus) async throws -> Response {
        let csrf = req.cookies[loginCookie]?.string ?? SessionAuthenticator.randomToken()
        // The demo logins are shown only on a demo server (not with `serve --no-demo` or
        // TAIZHANG_PRODUCTION=1) and only while the demo supervisor still has the demo password
        // (it was never changed, nor reset).
        let demoUser = req.application.appConfig.security.demoHint
            ? try await UserModel.query(on: req.db).filter(\.$username == "wenlvju.supervisor").first() : nil
        let demo = demoUser.map { $0.passwordChangedAt == nil && !$0.mustChangePassword } ?? false
        let hint = demo ? "演示账号 Demo: chengguan.staff · chengguan.leader · wenlvju.supervisor — 密码 password: \(DemoDataset.password)" : nil
        let model = LoginPage.Model(lang: req.language, csrf: csrf, form: form,
                                    next: Request.localPath(req.query[String.self, at: "next"] ?? (try? req.content.get(String.self, at: "next"))),
                                    demoHint: hint)
        let response = req.html(LoginPage.render(model), status: status)
        response.cookies[loginCookie] = HTTPCookies.Value(string: csrf, maxAge: 3600, path: "/", isHTTPOnly: true, sameSite: .strict)
        return response
    }

    static func t(_ req: Request, _ key: WebMessage) -> String { key.text(req.language) }

    static func asset(req: Request) async throws -> Response {
        guard let file = WebAssets.files.first(where: { $0.path == req.url.path }) else { throw Abort(.notFound) }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: file.contentType)
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=300")
        return Response(status: .ok, headers: headers, body: .init(string: file.body))
    }
}

/// Server-side messages of the web shell that are not part of a page's own strings.
enum WebMessage {
    case sessionExpired, badCredentials, saved, created, deleted

    func text(_ lang: Language) -> String {
        let zh = lang != .en
        switch self {
        case .sessionExpired: return zh ? "页面已过期，请重新登录。" : "The page expired; please sign in again."
        case .badCredentials: return zh ? "用户名或密码错误。" : "Wrong username or password."
        case .saved: return zh ? "已保存。" : "Saved."
        case .created: return zh ? "已创建。" : "Created."
        case .deleted: return zh ? "已删除。" : "Deleted."
        }
    }
}
