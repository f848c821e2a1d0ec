import Fluent

struct CreateEntryValues: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("entry_values")
            .field("id", .int, .identifier(auto: true))
            .field("entry_id", .int, .required, .references("entries", "id", onDelete: .cascade))
            .field("unit_id", .int, .required)
            .field("counts_on", .string, .required)
            .field("planned", .bool, .required)
            .field("pending", .bool, .required)
            .field("indicator_code", .string, .required)
            .field("value", .double, .required)
            .field("qualifier", .string)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("entry_values").delete()
    }
}
