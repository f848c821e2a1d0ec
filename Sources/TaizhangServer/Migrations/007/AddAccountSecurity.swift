import Fluent
import SQLKit

/// Issue #12: a user can be made to change their password at the next login (after an
/// admin's reset, or an account someone else created), and when they last changed it.
struct AddAccountSecurity: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("users")
            .field("must_change_password", .bool, .required, .sql(.default(false)))
            .update()
        try await db.schema("users")
            .field("password_changed_at", .datetime)
            .update()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("users").deleteField("password_changed_at").update()
        try await db.schema("users").deleteField("must_change_password").update()
    }
}

/// Failed logins per username and per client address, for `LoginThrottle` (one row per key;
/// the audit log keeps every attempt).
struct CreateLoginAttempts: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("login_attempts")
            .field("id", .int, .identifier(auto: true))
            .field("scope", .string, .required)
            .field("key", .string, .required)
            .field("failures", .int, .required)
            .field("last_failure_at", .datetime, .required)
            .unique(on: "scope", "key")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("login_attempts").delete()
    }
}
