import Fluent
import TaizhangDomain
import Vapor

/// Users and their role grants (admins; supervisors for their subtree).
enum UserController {
    struct UserInput: Content {
        var username: String
        var displayName: String
        var password: String
        var roles: [AuthController.Grant.Input]
    }
    struct UserDTO: Content { var id: Int; var username: String; var displayName: String }

    static func create(req: Request) async throws -> UserDTO {
        let input = try req.decodeJSON(UserInput.self)
        let grants = input.roles.map { RoleGrant(unitID: $0.unitId, role: $0.role) }
        try req.refuse(try await req.scope().refusalToGrant(grants))
        // Someone else chose the password: the new user must replace it at the first login.
        let user = try await UserService.create(username: input.username, displayName: input.displayName,
                                                password: input.password, grants: grants,
                                                cost: req.application.dependencies.bcryptCost,
                                                actor: try await req.actor(), writes: req.writes, policy: .standard)
        return UserDTO(id: user.id!, username: user.username, displayName: user.displayName)
    }
}

extension AuthController.Grant {
    struct Input: Content { var unitId: Int; var role: Role }
}

/// Creating users, shared by the API, the CLI and the demo loader.
public enum UserService {
    static func create(username: String, displayName: String, password: String, grants: [RoleGrant],
                       cost: Int, actor: Actor, writes: Writes, policy: PasswordPolicy? = nil) async throws -> UserModel {
        let db = writes.db
        let name = username.trimmingCharacters(in: .whitespaces)
        guard name.count >= 2, name.count <= 64, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }) else {
            throw AppError.badRequest("invalid_username", zh: "用户名须为2–64位字母、数字或._-。", en: "Usernames are 2–64 letters, digits or ._-", field: "username")
        }
        if let policy { try AppError.check(policy.problems(password, username: name)) }
        if let problem = TextRules.problem(displayName, field: "display_name", max: TextRules.nameMax) { throw AppError.invalid([problem]) }
        guard password.count >= 8 else {
            throw AppError.badRequest("weak_password", zh: "密码至少8位。", en: "The password must have at least 8 characters.", field: "password")
        }
        if try await UserModel.query(on: db).filter(\.$username == name).first() != nil {
            throw AppError(.conflict, "username_taken", zh: "用户名“\(name)”已存在。", en: "The username “\(name)” is taken.", field: "username")
        }
        let user = UserModel(username: name, displayName: displayName, passwordHash: try Bcrypt.hash(password, cost: cost))
        user.mustChangePassword = actor.userID != nil
        try await writes.run(actor) { tx in
            let db = tx.db
            try await user.create(on: db)
            for g in grants { try await RoleGrantModel(userID: user.id!, unitID: g.unitID, role: g.role.rawValue).create(on: db) }
            try await tx.audit("create", entity: "user", id: user.id, unit: nil,
                               changes: FieldChange.between(nil, ["username": name, "display_name": displayName,
                                                                  "grants": grants.map { "\($0.role.rawValue)@\($0.unitID)" }.joined(separator: ",")]))
        }
        return user
    }
}
