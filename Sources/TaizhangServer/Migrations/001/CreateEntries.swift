import Fluent

struct CreateEntries: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("entries")
            .field("id", .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", "id"))
            .field("category", .string, .required)
            .field("title", .string, .required)
            .field("narrative", .string, .required)
            .field("place", .string)
            .field("date", .string, .required)
            .field("end_date", .string)
            .field("counts_on", .string, .required)
            .field("source", .string, .required)
            .field("planned", .bool, .required)
            .field("doc_id", .string)
            .field("span_start", .int)
            .field("span_end", .int)
            .field("pending", .bool, .required)
            .field("confirmer", .string)
            .field("confirmed_at", .datetime)
            .field("created_by", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("entries").delete()
    }
}
