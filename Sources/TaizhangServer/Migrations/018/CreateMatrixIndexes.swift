import Fluent

/// The reporting-rate matrix reads (plan, period) → (unit, first submission) for a whole
/// county at once: with every column it needs in the index, SQLite answers from the
/// index alone and PostgreSQL with an index-only scan (018, operations).
struct CreateMatrixIndexes: AsyncMigration {
    static let specs = [IndexSpec("idx_submissions_matrix", "submissions", ["plan_id", "period_code", "unit_id", "first_submitted_at"])]

    func prepare(on db: any Database) async throws { try await IndexSpec.create(Self.specs, on: db) }
    func revert(on db: any Database) async throws { try await IndexSpec.drop(Self.specs, on: db) }
}
