import Fluent

struct CreateSubmissionEvents: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("submission_events")
            .field("id", .int, .identifier(auto: true))
            .field("submission_id", .int, .required, .references("submissions", "id", onDelete: .cascade))
            .field("action", .string, .required)
            .field("from_status", .string, .required)
            .field("to_status", .string, .required)
            .field("user_id", .int, .required)
            .field("comment", .string)
            .field("at", .datetime, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("submission_events").delete()
    }
}
