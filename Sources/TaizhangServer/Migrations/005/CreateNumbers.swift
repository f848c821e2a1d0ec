import Fluent

/// Issue #13 (every number right): the admin's holiday calendar, one row per year as
/// JSON (holidays and make-up working days with the notice they come from); the reason a
/// supervisor gives for the tier of an outlet the publicity rules do not list; the day a
/// unit was established (no report is expected of it before).
struct CreateNumbers: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("holiday_years")
            .field("id", .int, .identifier(auto: true))
            .field("year", .int, .required)
            .field("definition", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "year")
            .create()
        try await db.schema("media_adoptions").field("tier_reason", .string).update()
        try await db.schema("units").field("established_on", .string).update()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("units").deleteField("established_on").update()
        try await db.schema("media_adoptions").deleteField("tier_reason").update()
        try await db.schema("holiday_years").delete()
    }
}
