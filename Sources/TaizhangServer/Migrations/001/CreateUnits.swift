import Fluent

struct CreateUnits: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("units")
            .field("id", .int, .identifier(auto: true))
            .field("parent_id", .int)
            .field("kind", .string, .required)
            .field("name", .string, .required)
            .field("code", .string)
            .field("demo_zone", .bool, .required)
            .field("demo_project", .bool, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("units").delete()
    }
}
