import Fluent

struct CreateValidationRules: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("validation_rules")
            .field("id", .int, .identifier(auto: true))
            .field("definition", .string, .required)
            .field("active", .bool, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("validation_rules").delete()
    }
}
