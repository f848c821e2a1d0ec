import Fluent

/// SPEC §4.6: media adoptions of submitted information, and the stored publicity scores
/// (one per unit and scoring window, with the whole breakdown as JSON).
struct CreatePublicity: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("media_adoptions")
            .field("id", .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("submission_id", .int, .required, .references("submissions", "id", onDelete: .cascade))
            .field("outlet", .string, .required)
            .field("tier", .string, .required)
            .field("date", .string, .required)
            .field("link", .string, .required)
            .field("created_by", .int, .references("users", "id"))
            .field("created_at", .datetime, .required)
            .create()
        try await db.schema("publicity_scores")
            .field("id", .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("window_code", .string, .required)
            .field("base", .int, .required)
            .field("total", .int, .required)
            .field("breakdown", .string, .required)
            .field("computed_at", .datetime, .required)
            .unique(on: "unit_id", "window_code")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("publicity_scores").delete()
        try await db.schema("media_adoptions").delete()
    }
}
