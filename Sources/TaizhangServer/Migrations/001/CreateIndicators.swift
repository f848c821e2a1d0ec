import Fluent

struct CreateIndicators: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("indicators")
            .field("id", .int, .identifier(auto: true))
            .field("code", .string, .required)
            .field("definition", .string, .required)
            .unique(on: "code")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("indicators").delete()
    }
}
