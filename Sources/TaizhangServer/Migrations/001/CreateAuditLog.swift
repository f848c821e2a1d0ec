import Fluent

struct CreateAuditLog: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("audit_log")
            .field("id", .int, .identifier(auto: true))
            .field("user_id", .int)
            .field("action", .string, .required)
            .field("entity", .string, .required)
            .field("entity_id", .string)
            .field("unit_id", .int)
            .field("before", .string)
            .field("after", .string)
            .field("at", .datetime, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("audit_log").delete()
    }
}
