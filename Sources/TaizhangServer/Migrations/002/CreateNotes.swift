import Fluent

/// Users' notes on a unit's period; they feed "存在的问题" in the summary draft.
struct CreateNotes: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("notes")
            .field("id", .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("period_code", .string, .required)
            .field("text", .string, .required)
            .field("author_id", .int, .required, .references("users", "id"))
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("notes").delete()
    }
}
