import Fluent

struct CreateNotifications: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("notifications")
            .field("id", .int, .identifier(auto: true))
            .field("user_id", .int, .required, .references("users", "id", onDelete: .cascade))
            .field("reminder_id", .int)
            .field("message", .string, .required)
            .field("created_at", .datetime, .required)
            .field("read_at", .datetime)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("notifications").delete()
    }
}
