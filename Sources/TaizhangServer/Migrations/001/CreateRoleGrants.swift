import Fluent

struct CreateRoleGrants: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("role_grants")
            .field("id", .int, .identifier(auto: true))
            .field("user_id", .int, .required, .references("users", "id", onDelete: .cascade))
            .field("unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("role", .string, .required)
            .unique(on: "user_id", "unit_id", "role")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("role_grants").delete()
    }
}
