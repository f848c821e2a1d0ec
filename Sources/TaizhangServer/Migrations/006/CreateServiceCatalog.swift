import Fluent

/// SPEC §7: the service rule sets (the file format of `service-rules-default.json`; one
/// active), a centre's windows and their staff, and the item catalog (事项) with limits in
/// working days and the steps as JSON.
struct CreateServiceCatalog: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("service_rule_sets")
            .field("id", .int, .identifier(auto: true))
            .field("code", .string, .required)
            .field("definition", .string, .required)
            .field("active", .bool, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "code")
            .create()
        try await db.schema("service_windows")
            .field("id", .int, .identifier(auto: true))
            .field("centre_unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("department_unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("number", .string, .required)
            .field("name", .string, .required)
            .unique(on: "centre_unit_id", "number")
            .create()
        try await db.schema("service_staff")
            .field("id", .int, .identifier(auto: true))
            .field("centre_unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("window_id", .int, .required, .references("service_windows", "id", onDelete: .cascade))
            .field("work_number", .string, .required)
            .field("name", .string, .required)
            .field("user_id", .int, .references("users", "id", onDelete: .setNull))
            .field("active", .bool, .required)
            .unique(on: "centre_unit_id", "work_number")
            .create()
        try await db.schema("service_items")
            .field("id", .int, .identifier(auto: true))
            .field("centre_unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("department_unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("window_id", .int, .references("service_windows", "id", onDelete: .setNull))
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("statutory_days", .int, .required)
            .field("promised_days", .int, .required)
            .field("steps", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "centre_unit_id", "code")
            .create()
    }

    func revert(on db: any Database) async throws {
        for table in ["service_items", "service_staff", "service_windows", "service_rule_sets"] { try await db.schema(table).delete() }
    }
}
