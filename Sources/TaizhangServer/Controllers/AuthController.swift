import Fluent
import TaizhangDomain
import Vapor

/// Login, logout, the caller's profile and API tokens.
enum AuthController {
    struct Login: Content { var username: String; var password: String }
    struct Session: Content {
        var token: String
        var csrfToken: String
        var user: Me
    }
    struct Me: Content {
        var id: Int
        var username: String
        var displayName: String
        var roles: [Grant]
        var csrfToken: String?
        /// True after an admin's reset or when someone else chose the password: only
        /// `POST /api/auth/password` (and logout) is allowed until it is changed.
        var mustChangePassword: Bool? = nil
    }
    struct Grant: Content { var unitId: Int; var unitName: String; var role: Role }
    struct NewToken: Content { var name: String }

    static let sessionLifetime = SessionTokens.sessionLifetime

    static func login(req: Request) async throws -> Response {
        let body = try req.decodeJSON(Login.self)
        let user: UserModel
        switch try await LoginGate.attempt(username: body.username, password: body.password, on: req) {
        case .ok(let u): user = u
        case .wrong: throw AppError(.unauthorized, "bad_credentials", zh: "用户名或密码错误。", en: "Wrong username or password.")
        case .throttled(let until, let locked): throw LoginGate.throttledError(until: until, locked: locked, now: req.now)
        }
        let (raw, token) = try await SessionTokens.issue(for: user.id!, kind: "session", name: nil,
                                                lifetime: sessionLifetime, on: req)
        let me = try await profile(userID: user.id!, csrf: token.csrf, on: req)
        let response = Response(status: .ok)
        try response.content.encode(Session(token: raw, csrfToken: token.csrf, user: me))
        response.cookies[SessionAuthenticator.cookieName] = SessionTokens.cookie(raw, token)
        return response
    }

    /// The user if the password matches (bcrypt), else nil. Not throttled: logins go through `LoginGate`.
    static func verify(username: String, password: String, on db: any Database) async throws -> UserModel? {
        guard let user = try await UserModel.query(on: db).filter(\.$username == username).first(),
              (try? Bcrypt.verify(password, created: user.passwordHash)) == true else { return nil }
        return user
    }

    /// The HttpOnly session cookie for the whole site (API and pages).
    static func logout(req: Request) async throws -> Response {
        let caller = try req.caller()
        try await req.writes.run(try await req.actor()) { tx in
            try await TokenModel.query(on: tx.db).filter(\.$id == caller.tokenID).delete()
            try await tx.audit("logout", entity: "security", id: nil, unit: nil, kind: "security")
        }
        let response = Response(status: .noContent)
        response.cookies[SessionAuthenticator.cookieName] = SessionTokens.expiredCookie
        return response
    }

    static func me(req: Request) async throws -> Me {
        let caller = try req.caller()
        return try await profile(userID: caller.userID, csrf: caller.viaCookie ? caller.csrf : nil, on: req)
    }

    /// A bearer token for scripts; the raw token is shown once.
    static func createToken(req: Request) async throws -> Session {
        let caller = try req.caller()
        let body = try req.decodeJSON(NewToken.self)
        if let problem = TextRules.problem(body.name, field: "name", max: TextRules.nameMax) { throw AppError.invalid([problem]) }
        let (raw, token) = try await SessionTokens.issue(for: caller.userID, kind: "api", name: body.name,
                                                lifetime: req.application.appConfig.security.tokenLifetime, on: req)
        return Session(token: raw, csrfToken: token.csrf, user: try await profile(userID: caller.userID, csrf: nil, on: req))
    }

    static func profile(userID: Int, csrf: String?, on req: Request) async throws -> Me {
        guard let user = try await UserModel.find(userID, on: req.db) else { throw AppError.unauthenticated }
        let tree = try await req.application.unitDirectory.tree(on: req.db)
        let grants = try await RoleGrantModel.query(on: req.db).filter(\.$userID == userID).all()
            .compactMap { g -> Grant? in
                guard let role = Role(rawValue: g.role) else { return nil }
                return Grant(unitId: g.unitID, unitName: tree[g.unitID]?.name ?? "", role: role)
            }
        return Me(id: userID, username: user.username, displayName: user.displayName, roles: grants, csrfToken: csrf,
                  mustChangePassword: user.mustChangePassword)
    }
}
