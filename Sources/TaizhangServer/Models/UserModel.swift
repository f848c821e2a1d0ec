import Fluent
import Vapor

final class UserModel: Model, @unchecked Sendable {
    static let schema = "users"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "username") var username: String
    @Field(key: "display_name") var displayName: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "language") var language: String
    /// Set by an admin's reset or when someone else chose the password (migration 007).
    @Field(key: "must_change_password") var mustChangePassword: Bool
    @OptionalField(key: "password_changed_at") var passwordChangedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
    /// Display names by user id (authors of versions, who returned a submission …).
    static func displayNames(_ ids: [Int], on db: any Database) async throws -> [Int: String] {
        let users = try await query(on: db).filter(\.$id ~~ Array(Set(ids))).all()
        return Dictionary(uniqueKeysWithValues: users.map { ($0.id!, $0.displayName) })
    }

    init(id: Int? = nil, username: String, displayName: String, passwordHash: String, language: String = "zh") {
        self.id = id; self.username = username; self.displayName = displayName
        self.passwordHash = passwordHash; self.language = language; self.mustChangePassword = false
    }
}

final class RoleGrantModel: Model, @unchecked Sendable {
    static let schema = "role_grants"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "user_id") var userID: Int
    @Field(key: "unit_id") var unitID: Int
    @Field(key: "role") var role: String

    init() {}
    init(userID: Int, unitID: Int, role: String) { self.userID = userID; self.unitID = unitID; self.role = role }
}

/// A login session (cookie) or an API token (bearer). Only the SHA-256 of the token is stored.
final class TokenModel: Model, @unchecked Sendable {
    static let schema = "tokens"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "user_id") var userID: Int
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "kind") var kind: String
    @Field(key: "csrf") var csrf: String
    @OptionalField(key: "name") var name: String?
    @Field(key: "expires_at") var expiresAt: Date
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
    init(userID: Int, tokenHash: String, kind: String, csrf: String, name: String?, expiresAt: Date) {
        self.userID = userID; self.tokenHash = tokenHash; self.kind = kind; self.csrf = csrf
        self.name = name; self.expiresAt = expiresAt
    }
}
