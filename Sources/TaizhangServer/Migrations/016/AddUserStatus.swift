import Fluent

/// Issue #16: an admin disables an account (a person who left keeps their history and their
/// name on records, but can no longer sign in), and reminders can go by e-mail to users who
/// have an address.
struct AddUserStatus: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("users").field("disabled_at", .datetime).update()
        try await db.schema("users").field("email", .string).update()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("users").deleteField("email").update()
        try await db.schema("users").deleteField("disabled_at").update()
    }
}
