import Fluent

/// The chained audit log (replaces `audit_log`, which stays for the rows written before).
struct CreateAuditEvents: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("audit_events")
            .field("id", .int, .identifier(auto: true))
            .field("kind", .string, .required)
            .field("at", .string, .required)
            .field("user_id", .int)
            .field("username", .string)
            .field("ip", .string)
            .field("action", .string, .required)
            .field("entity", .string, .required)
            .field("entity_id", .string)
            .field("unit_id", .int)
            .field("period", .string)
            .field("changes", .string, .required)
            .field("prev_hash", .string, .required)
            .field("hash", .string, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("audit_events").delete()
    }
}
