import Fluent
import TaizhangDomain
import Vapor

/// The caller of a request: the user, their role grants, and how they authenticated.
struct AuthContext: Authenticatable, Sendable {
    var userID: Int
    var username: String
    var displayName: String
    var grants: [RoleGrant]
    var tokenID: Int
    /// Cookie sessions must send the CSRF token on mutations; bearer tokens need not.
    var viaCookie: Bool
    var csrf: String
    /// After an admin's reset: only changing the password (and signing out) is allowed.
    var mustChangePassword = false
}

extension Request {
    /// The authenticated caller, or 401.
    func caller() throws -> AuthContext {
        guard let c = auth.get(AuthContext.self) else { throw AppError.unauthenticated }
        return c
    }

    /// The caller's access scope over the current unit tree.
    func scope() async throws -> AccessScope {
        let c = try caller()
        return AccessScope(grants: c.grants, tree: try await application.unitDirectory.tree(on: db))
    }

    /// Throws 403 unless the caller may take `action` on `unitID` (404 if the unit does not exist).
    @discardableResult
    func authorize(_ action: AccessScope.Action, unit unitID: Int) async throws -> AccessScope {
        let s = try await scope()
        guard s.tree[unitID] != nil else { throw AppError.notFound("Unit", zh: "该单位") }
        guard s.can(action, on: unitID) else { throw AppError.forbidden }
        return s
    }
}
