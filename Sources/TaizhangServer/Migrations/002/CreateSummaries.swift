import Fluent

/// Summary drafts (工作总结): one row per unit, period and scope; content lives in versions.
struct CreateSummaries: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("summaries")
            .field("id", .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("period_code", .string, .required)
            .field("subtree", .bool, .required)
            .field("title", .string, .required)
            .field("latest_version", .int, .required)
            .field("created_by", .int, .required, .references("users", "id"))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("summaries").delete()
    }
}
