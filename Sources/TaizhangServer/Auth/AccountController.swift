import Fluent
import TaizhangDomain
import Vapor

/// The caller's own account: change the password, list and revoke tokens; an admin's (or a
/// supervisor's, for her subtree) password reset; and the failed-login register for admins.
enum AccountController {
    struct PasswordChange: Content { var currentPassword: String; var newPassword: String }
    struct PasswordReset: Content { var newPassword: String }
    struct TokenRow: Content {
        var id: Int; var kind: String; var name: String?; var createdAt: Date?; var expiresAt: Date; var current: Bool
    }
    struct FailureRow: Content {
        var scope: String; var key: String; var failures: Int; var lastFailureAt: Date; var blockedUntil: Date?; var locked: Bool
    }

    static func changePassword(req: Request) async throws -> HTTPStatus {
        let body = try req.decodeJSON(PasswordChange.self)
        try await change(req, current: body.currentPassword, new: body.newPassword)
        return .noContent
    }

    /// Checks the current password (throttled like a login), the policy, then stores the new
    /// hash; every other session and every script token of the user ends.
    static func change(_ req: Request, current: String, new: String) async throws {
        let caller = try req.caller()
        switch try await LoginGate.attempt(username: caller.username, password: current, signIn: false, on: req) {
        case .throttled(let until, let locked): throw LoginGate.throttledError(until: until, locked: locked, now: req.now)
        case .wrong: throw AppError(.forbidden, "wrong_password", zh: "当前密码不正确。", en: "The current password is wrong.", field: "current_password")
        case .ok: break
        }
        if new == current {
            throw AppError.invalid([DomainError("password_unchanged", zh: "新密码不能与当前密码相同。", en: "The new password must differ from the current one.", field: "new_password")])
        }
        try AppError.check(PasswordPolicy.standard.problems(new, username: caller.username).map { var p = $0; p.field = "new_password"; return p })
        try await setPassword(userID: caller.userID, new, mustChange: false, keepToken: caller.tokenID, req: req)
    }

    static func setPassword(userID: Int, _ password: String, mustChange: Bool, keepToken: Int?, req: Request) async throws {
        guard let user = try await UserModel.find(userID, on: req.db) else { throw AppError.notFound("User", zh: "该用户") }
        let hash = try await req.application.threadPool.runIfActive { [cost = req.application.dependencies.bcryptCost] in
            try Bcrypt.hash(password, cost: cost)
        }
        user.passwordHash = hash; user.mustChangePassword = mustChange; user.passwordChangedAt = req.now
        try await req.writes.run(try await req.actor()) { tx in
            try await user.save(on: tx.db)
            let tokens = TokenModel.query(on: tx.db).filter(\.$userID == userID)
            if let keepToken { tokens.filter(\.$id != keepToken) }
            try await tokens.delete()
            try await tx.audit(mustChange ? "password_reset" : "password_change", entity: "security", id: userID, unit: nil,
                               changes: [FieldChange(field: "tokens", old: nil, new: "revoked")], kind: "security")
        }
    }

    /// POST /api/users/:id/password-reset: the user must choose a new password at the next login.
    static func resetPassword(req: Request) async throws -> HTTPStatus {
        let id = try req.pathID()
        guard let user = try await UserModel.find(id, on: req.db) else { throw AppError.notFound("User", zh: "该用户") }
        let grants = try await RoleGrantModel.query(on: req.db).filter(\.$userID == id).all()
            .compactMap { g in Role(rawValue: g.role).map { RoleGrant(unitID: g.unitID, role: $0) } }
        try req.refuse(try await req.scope().refusalToManageUser(holding: grants))
        let body = try req.decodeJSON(PasswordReset.self)
        try AppError.check(PasswordPolicy.standard.problems(body.newPassword, username: user.username))
        try await setPassword(userID: id, body.newPassword, mustChange: true, keepToken: nil, req: req)
        return .noContent
    }

    /// A script token (the raw value, shown once) for the account page; audited.
    static func issueScriptToken(_ req: Request, userID: Int, name: String) async throws -> String {
        let (raw, token) = try await SessionTokens.issue(for: userID, kind: "api", name: name,
                                                               lifetime: req.application.appConfig.security.tokenLifetime, on: req)
        return raw
    }

    static func tokens(req: Request) async throws -> [TokenRow] {
        let caller = try req.caller()
        return try await TokenModel.query(on: req.db).filter(\.$userID == caller.userID).filter(\.$expiresAt > req.now)
            .sort(\.$id, .descending).all()
            .map { TokenRow(id: $0.id!, kind: $0.kind, name: $0.name, createdAt: $0.createdAt, expiresAt: $0.expiresAt, current: $0.id == caller.tokenID) }
    }

    static func revokeToken(req: Request) async throws -> HTTPStatus {
        try await revoke(try req.pathID(), req: req)
        return .noContent
    }

    /// Only the caller's own tokens (another user's id answers 404, as if it did not exist).
    static func revoke(_ id: Int, req: Request) async throws {
        let caller = try req.caller()
        guard let token = try await TokenModel.find(id, on: req.db), token.userID == caller.userID else {
            throw AppError.notFound("Token", zh: "该令牌")
        }
        try await req.writes.run(try await req.actor()) { tx in
            try await token.delete(on: tx.db)
            try await tx.audit("revoke_token", entity: "security", id: nil, unit: nil,
                               changes: [FieldChange(field: "token.\(id)", old: token.name ?? token.kind, new: nil)], kind: "security")
        }
    }

    /// GET /api/security/login-failures: usernames and addresses with failures, and whether they wait or are locked.
    static func loginFailures(req: Request) async throws -> [FailureRow] {
        let now = req.now
        return try await LoginAttemptModel.query(on: req.db).filter(\.$failures > 0).sort(\.$lastFailureAt, .descending)
            .range(0..<500).all().map { row in
                var until: Date?, locked = false
                let throttle = LoginGate.throttle(for: row.scope)
                if case .wait(let u, let l) = throttle.verdict(row.state, now: now) { until = u; locked = l }
                return FailureRow(scope: row.scope, key: row.key, failures: throttle.current(row.state, now: now).failures,
                                  lastFailureAt: row.lastFailureAt, blockedUntil: until, locked: locked)
            }
    }
}
