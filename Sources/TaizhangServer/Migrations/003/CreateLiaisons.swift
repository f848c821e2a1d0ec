import Fluent

/// SPEC §4.2 联络员 (terms with from/until) and the national office's liaison meetings
/// with their host (a unit here, or only a name).
struct CreateLiaisons: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("liaisons")
            .field("id", .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("post", .string, .required)
            .field("phone", .string, .required)
            .field("from_date", .string, .required)
            .field("until_date", .string)
            .create()
        try await db.schema("liaison_meetings")
            .field("id", .int, .identifier(auto: true))
            .field("kind", .string, .required)
            .field("period_code", .string, .required)
            .field("date", .string, .required)
            .field("host_unit_id", .int, .references("units", "id", onDelete: .setNull))
            .field("host_name", .string, .required)
            .field("attending", .string, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("liaison_meetings").delete()
        try await db.schema("liaisons").delete()
    }
}
