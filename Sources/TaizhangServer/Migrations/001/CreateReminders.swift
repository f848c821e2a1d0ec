import Fluent

struct CreateReminders: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("reminders")
            .field("id", .int, .identifier(auto: true))
            .field("key", .string, .required)
            .field("unit_id", .int, .required)
            .field("plan_id", .int, .required)
            .field("period_code", .string, .required)
            .field("kind", .string, .required)
            .field("message", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "key")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("reminders").delete()
    }
}
