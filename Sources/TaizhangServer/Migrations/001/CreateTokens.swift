import Fluent

struct CreateTokens: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("tokens")
            .field("id", .int, .identifier(auto: true))
            .field("user_id", .int, .required, .references("users", "id", onDelete: .cascade))
            .field("token_hash", .string, .required)
            .field("kind", .string, .required)
            .field("csrf", .string, .required)
            .field("name", .string)
            .field("expires_at", .datetime, .required)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("tokens").delete()
    }
}
