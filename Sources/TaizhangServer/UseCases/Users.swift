import Fluent
import Foundation
import TaizhangDomain

/// Managing accounts from the admin pages: who may manage whom is `AccessScope`'s
/// (`refusalToGrant`, `refusalToManageUser`: an admin anyone, a supervisor the people of her
/// subtree with roles no higher than hers); creating is `UserService.create` (the policy, the
/// first-login password change); a password reset is `AccountController.setPassword`.
enum Users {
    /// The grants a user holds now.
    static func grants(of userID: Int, on db: any Database) async throws -> [RoleGrant] {
        try await RoleGrantModel.query(on: db).filter(\.$userID == userID).all()
            .compactMap { g in Role(rawValue: g.role).map { RoleGrant(unitID: g.unitID, role: $0) } }
    }

    /// 403 with the reason unless the actor may manage the user as they are now.
    static func authorizeManaging(_ userID: Int, actor: Actor, on db: any Database) async throws -> UserModel {
        guard let user = try await UserModel.find(userID, on: db) else { throw AppError.notFound("User", zh: "该用户") }
        if let r = actor.scope.refusalToManageUser(holding: try await grants(of: userID, on: db)) {
            throw AppError(.forbidden, r.code, zh: r.zh, en: r.en, field: r.field)
        }
        return user
    }

    /// Disables or enables an account. Disabling ends every session and token of the user;
    /// nobody disables their own account (the last admin would lock everyone out).
    static func setDisabled(_ userID: Int, _ disabled: Bool, actor: Actor, writes: Writes) async throws {
        guard userID != (try actor.requireUser) else {
            throw AppError.badRequest("own_account", zh: "不能停用自己的账号。", en: "You cannot disable your own account.", field: "user")
        }
        let user = try await authorizeManaging(userID, actor: actor, on: writes.db)
        guard (user.disabledAt != nil) != disabled else { return }
        try await writes.run(actor) { tx in
            user.disabledAt = disabled ? tx.now : nil
            try await user.save(on: tx.db)
            if disabled { try await TokenModel.query(on: tx.db).filter(\.$userID == userID).delete() }
            try await tx.audit(disabled ? "disable" : "enable", entity: "user", id: userID, unit: nil,
                               changes: [FieldChange(field: "disabled", old: disabled ? "false" : "true", new: disabled ? "true" : "false")],
                               kind: "security")
        }
    }

    /// Adds a role in a unit (the same rule as creating a user with it).
    static func grant(_ userID: Int, _ grant: RoleGrant, actor: Actor, writes: Writes) async throws {
        let current = try await grants(of: userID, on: writes.db)
        _ = try await authorizeManaging(userID, actor: actor, on: writes.db)
        if let r = actor.scope.refusalToGrant([grant]) { throw AppError(.forbidden, r.code, zh: r.zh, en: r.en, field: "role") }
        guard actor.scope.tree[grant.unitID] != nil else { throw AppError.notFound("Unit", zh: "该单位") }
        guard !current.contains(grant) else { return }
        try await writes.run(actor) { tx in
            try await RoleGrantModel(userID: userID, unitID: grant.unitID, role: grant.role.rawValue).create(on: tx.db)
            try await tx.audit("grant", entity: "user", id: userID, unit: grant.unitID,
                               changes: [FieldChange(field: "grants", old: nil, new: "\(grant.role.rawValue)@\(grant.unitID)")], kind: "security")
        }
    }

    /// Removes a role; a user keeps at least one (an account without any role sees nothing —
    /// disable it instead).
    static func revoke(_ userID: Int, _ grant: RoleGrant, actor: Actor, writes: Writes) async throws {
        let current = try await grants(of: userID, on: writes.db)
        _ = try await authorizeManaging(userID, actor: actor, on: writes.db)
        guard current.contains(grant) else { return }
        guard current.count > 1 else {
            throw AppError.badRequest("last_role", zh: "这是该用户唯一的角色；如不再使用该账号，请停用。",
                                      en: "This is the user's only role; disable the account instead.", field: "role")
        }
        try await writes.run(actor) { tx in
            try await RoleGrantModel.query(on: tx.db).filter(\.$userID == userID).filter(\.$unitID == grant.unitID)
                .filter(\.$role == grant.role.rawValue).delete()
            try await tx.audit("revoke", entity: "user", id: userID, unit: grant.unitID,
                               changes: [FieldChange(field: "grants", old: "\(grant.role.rawValue)@\(grant.unitID)", new: nil)], kind: "security")
        }
    }

    /// The users the actor may manage, by username: everyone for an admin; for a supervisor the
    /// users whose every grant lies inside what she manages.
    static func manageable(actor: Actor, on db: any Database) async throws -> [(UserModel, [RoleGrant])] {
        let users = try await UserModel.query(on: db).sort(\.$username).all()
        let all = Dictionary(grouping: try await RoleGrantModel.query(on: db).all(), by: \.userID)
        return users.compactMap { u in
            let g = (all[u.id!] ?? []).compactMap { m in Role(rawValue: m.role).map { RoleGrant(unitID: m.unitID, role: $0) } }
            return actor.scope.refusalToManageUser(holding: g) == nil ? (u, g) : nil
        }
    }
}

extension Users {
    /// Sets where the user's e-mailed reminders go.
    static func setEmail(_ userID: Int, _ email: String?, actor: Actor, writes: Writes) async throws {
        let user = try await authorizeManaging(userID, actor: actor, on: writes.db)
        let old = user.email
        guard old != email else { return }
        try await writes.run(actor) { tx in
            user.email = email
            try await user.save(on: tx.db)
            try await tx.audit("update", entity: "user", id: userID, unit: nil, changes: [FieldChange(field: "email", old: old, new: email)])
        }
    }
}
