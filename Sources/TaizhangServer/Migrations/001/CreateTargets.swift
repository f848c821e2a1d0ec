import Fluent

struct CreateTargets: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("targets")
            .field("id", .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("indicator_code", .string, .required)
            .field("period_code", .string, .required)
            .field("value", .double, .required)
            .unique(on: "unit_id", "indicator_code", "period_code")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("targets").delete()
    }
}
