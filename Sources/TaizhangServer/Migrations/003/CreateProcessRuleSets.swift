import Fluent

/// SPEC §4 rules as data: the process rule sets (the file format of
/// `process-rules-default.json`); exactly one is active. Also the creations: which unit
/// creates a demonstration zone or project, and since when.
struct CreateProcessRuleSets: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("process_rule_sets")
            .field("id", .int, .identifier(auto: true))
            .field("code", .string, .required)
            .field("definition", .string, .required)
            .field("active", .bool, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "code")
            .create()
        try await db.schema("process_creations")
            .field("id", .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("start_year", .int, .required)
            .unique(on: "unit_id")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("process_creations").delete()
        try await db.schema("process_rule_sets").delete()
    }
}
