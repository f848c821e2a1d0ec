import Fluent

/// Versions of a summary: the structured content (blocks, numbers with their trace) as
/// JSON, who saved it and when, and the checker's findings on it.
struct CreateSummaryVersions: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("summary_versions")
            .field("id", .int, .identifier(auto: true))
            .field("summary_id", .int, .required, .references("summaries", "id", onDelete: .cascade))
            .field("number", .int, .required)
            .field("origin", .string, .required)
            .field("content", .string, .required)
            .field("findings", .string, .required)
            .field("finding_count", .int, .required)
            .field("author_id", .int, .required, .references("users", "id"))
            .field("created_at", .datetime, .required)
            .unique(on: "summary_id", "number")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("summary_versions").delete()
    }
}
