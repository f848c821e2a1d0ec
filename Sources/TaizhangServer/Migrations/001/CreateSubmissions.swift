import Fluent

struct CreateSubmissions: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("submissions")
            .field("id", .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", "id"))
            .field("plan_id", .int, .required, .references("plans", "id"))
            .field("period_code", .string, .required)
            .field("status", .string, .required)
            .field("narrative", .string, .required)
            .field("values_json", .string, .required)
            .field("first_submitted_at", .datetime)
            .field("created_by", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "unit_id", "plan_id", "period_code")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("submissions").delete()
    }
}
