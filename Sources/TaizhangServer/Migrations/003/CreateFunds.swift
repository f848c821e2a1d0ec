import Fluent

/// SPEC §4.3 经费管理: one usage plan per unit (lines and reviews as JSON) and the
/// expenditures booked against its lines, amounts in integer fen.
struct CreateFunds: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("fund_plans")
            .field("id", .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("title", .string, .required)
            .field("definition", .string, .required)
            .field("filed_on", .string)
            .unique(on: "unit_id")
            .create()
        try await db.schema("expenditures")
            .field("id", .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("plan_id", .int, .required, .references("fund_plans", "id", onDelete: .cascade))
            .field("line_id", .int)
            .field("amount_fen", .int, .required)
            .field("date", .string, .required)
            .field("source", .string, .required)
            .field("description", .string, .required)
            .field("created_by", .int, .references("users", "id"))
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("expenditures").delete()
        try await db.schema("fund_plans").delete()
    }
}
