import Fluent

/// Scheduled job ticks (018, operations): one row per job and tick, unique, so when
/// several instances share a database exactly one of them runs each tick (the one whose
/// insert wins); the row then records how the run ended.
struct CreateJobRuns: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("job_runs")
            .field("id", .int, .identifier(auto: true))
            .field("job", .string, .required)
            .field("tick", .int64, .required)
            .field("instance", .string, .required)
            .field("started_at", .datetime, .required)
            .field("finished_at", .datetime)
            .field("outcome", .string)
            .unique(on: "job", "tick")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("job_runs").delete()
    }
}
