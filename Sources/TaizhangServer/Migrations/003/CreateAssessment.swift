import Fluent

/// SPEC §4.7 and §4 (end): rubric site visits (items and every evaluator's points as
/// JSON) and the assessors' acceptance indicator inputs.
struct CreateAssessment: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("site_visits")
            .field("id", .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("date", .string, .required)
            .field("rubric", .string, .required)
            .field("definition", .string, .required)
            .create()
        try await db.schema("acceptance_inputs")
            .field("id", .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("code", .string, .required)
            .field("value", .double, .required)
            .unique(on: "unit_id", "code")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("acceptance_inputs").delete()
        try await db.schema("site_visits").delete()
    }
}
