import Fluent

/// SPEC §4.3–4.4: half-year fund usage and self-inspection reports, inspections, and
/// rectification items (extensions and evidence as JSON; due date and close-off as columns).
struct CreateSupervision: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("half_year_reports")
            .field("id", .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("period_code", .string, .required)
            .field("filed_on", .string, .required)
            .field("definition", .string, .required)
            .unique(on: "unit_id", "kind", "period_code")
            .create()
        try await db.schema("inspections")
            .field("id", .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("planned_on", .string, .required)
            .field("held_on", .string)
            .field("definition", .string, .required)
            .create()
        try await db.schema("rectification_items")
            .field("id", .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("source_kind", .string, .required)
            .field("source_id", .int, .required)
            .field("due_date", .string, .required)
            .field("closed_on", .string)
            .field("definition", .string, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("rectification_items").delete()
        try await db.schema("inspections").delete()
        try await db.schema("half_year_reports").delete()
    }
}
