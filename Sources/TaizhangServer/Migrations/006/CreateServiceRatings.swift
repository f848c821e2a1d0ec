import Fluent

/// SPEC §7 一事一评 / 好差评: ratings (appeal as JSON), the fixes bad ratings open
/// (measures and callbacks as JSON), and the invitations to rate (by hand or automatic).
struct CreateServiceRatings: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("service_ratings")
            .field("id", .int, .identifier(auto: true))
            .field("centre_unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("case_id", .int, .required, .references("service_cases", "id", onDelete: .cascade))
            .field("department_unit_id", .int, .required)
            .field("window_id", .int)
            .field("staff_id", .int)
            .field("level", .string, .required)
            .field("channel", .string, .required)
            .field("rated_at", .datetime, .required)
            .field("counts", .bool, .required)
            .field("definition", .string, .required)
            .create()
        try await db.schema("service_fixes")
            .field("id", .int, .identifier(auto: true))
            .field("centre_unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("rating_id", .int, .required, .references("service_ratings", "id", onDelete: .cascade))
            .field("department_unit_id", .int, .required)
            .field("deadline", .string, .required)
            .field("closed_on", .string)
            .field("definition", .string, .required)
            .unique(on: "rating_id")
            .create()
        try await db.schema("service_invitations")
            .field("id", .int, .identifier(auto: true))
            .field("centre_unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("case_id", .int, .required, .references("service_cases", "id", onDelete: .cascade))
            .field("channel", .string, .required)
            .field("sent_at", .datetime, .required)
            .field("automatic", .bool, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        for table in ["service_invitations", "service_fixes", "service_ratings"] { try await db.schema(table).delete() }
    }
}
