import Fluent

/// SPEC §7 办件 as imported from the approval system (the limits in force on the day of
/// acceptance copied in; steps in a compact text, see `StepCodec`), and the supervision
/// orders (督办) on them, the response deadline and close-off as columns.
struct CreateServiceCases: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("service_cases")
            .field("id", .int, .identifier(auto: true))
            .field("centre_unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("department_unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("window_id", .int)
            .field("staff_id", .int)
            .field("item_id", .int, .required, .references("service_items", "id"))
            .field("number", .string, .required)
            .field("applicant", .string, .required)
            .field("accepted_at", .datetime, .required)
            .field("completed_at", .datetime)
            .field("outcome", .string)
            .field("reason", .string, .required)
            .field("kind", .string, .required)
            .field("statutory_days", .int, .required)
            .field("promised_days", .int, .required)
            .field("steps", .string, .required)
            .field("imported_at", .datetime, .required)
            .unique(on: "centre_unit_id", "number")
            .create()
        try await db.schema("service_orders")
            .field("id", .int, .identifier(auto: true))
            .field("centre_unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("case_id", .int, .required, .references("service_cases", "id", onDelete: .cascade))
            .field("department_unit_id", .int, .required)
            .field("level", .string, .required)
            .field("issued_on", .string, .required)
            .field("response_due", .string, .required)
            .field("closed_on", .string)
            .field("definition", .string, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("service_orders").delete()
        try await db.schema("service_cases").delete()
    }
}
