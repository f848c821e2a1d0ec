import Fluent

/// SPEC §4.1 领导小组 (one per unit; members as JSON) and its meetings (attendees and
/// minutes as JSON).
struct CreateLeadingGroups: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("leading_groups")
            .field("id", .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("office", .string, .required)
            .field("members", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "unit_id")
            .create()
        try await db.schema("group_meetings")
            .field("id", .int, .identifier(auto: true))
            .field("group_id", .int, .required, .references("leading_groups", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("date", .string, .required)
            .field("definition", .string, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("group_meetings").delete()
        try await db.schema("leading_groups").delete()
    }
}
