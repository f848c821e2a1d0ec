import Fluent

/// Summary drafts run in the background (019, scale): a county's half-year draft reads a
/// quarter of a million entries' folds and takes seconds, so the request answers 202 with
/// this row's id and the client polls it. A row in the database (not in one instance's
/// memory) answers the poll on every instance.
struct CreateSummaryJobs: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("summary_jobs")
            .field("id", .int, .identifier(auto: true))
            .field("unit_id", .int, .required, .references("units", "id"))
            .field("period_code", .string, .required)
            .field("subtree", .bool, .required)
            .field("status", .string, .required)
            .field("summary_id", .int)
            .field("error", .string)
            .field("created_by", .int, .required)
            .field("created_at", .datetime, .required)
            .field("finished_at", .datetime)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("summary_jobs").delete()
    }
}
