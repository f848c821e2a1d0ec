import Fluent
import SQLKit

/// Versions for optimistic concurrency (a stale edit gets 409), third-party confirmation
/// by a named user, and reopened periods.
struct AddRecordVersions: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("entries")
            .field("version", .int, .required, .sql(.default(1)))
            .update()
        try await db.schema("entries")
            .field("confirmation_required", .bool, .required, .sql(.default(false)))
            .update()
        try await db.schema("entries")
            .field("confirmed_by", .int)
            .update()
        try await db.schema("submissions")
            .field("version", .int, .required, .sql(.default(1)))
            .update()
        try await db.schema("period_reopenings")
            .field("id", .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", "id"))
            .field("period_code", .string, .required)
            .field("reason", .string, .required)
            .field("reopened_by", .int, .required, .references("users", "id"))
            .field("reopened_at", .datetime, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("period_reopenings").delete()
        try await db.schema("submissions").deleteField("version").update()
        try await db.schema("entries").deleteField("confirmed_by").update()
        try await db.schema("entries").deleteField("confirmation_required").update()
        try await db.schema("entries").deleteField("version").update()
    }
}
