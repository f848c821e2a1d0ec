import Fluent

/// Evidence files (佐证资料) attached to ledger entries; a draft names entries with
/// evidence first.
struct CreateEvidence: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("evidence")
            .field("id", .int, .identifier(auto: true))
            .field("entry_id", .int, .required, .references("entries", "id", onDelete: .cascade))
            .field("file_name", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int, .required)
            .field("sha256", .string, .required)
            .field("uploaded_by", .int, .required, .references("users", "id"))
            .field("uploaded_at", .datetime, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("evidence").delete()
    }
}
