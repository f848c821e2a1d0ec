import Fluent

/// Lookups the summary and evidence pages make, and a covering index the reporting
/// matrix reads first-submission times through (plan, period → unit, instant).
struct CreateSummaryIndexes: AsyncMigration {
    static let indexes: [IndexSpec] = [
        IndexSpec("idx_summaries_unit_period", "summaries", ["unit_id", "period_code"]),
        IndexSpec("idx_versions_summary", "summary_versions", ["summary_id"]),
        IndexSpec("idx_notes_unit_period", "notes", ["unit_id", "period_code"]),
        IndexSpec("idx_evidence_entry", "evidence", ["entry_id"]),
        IndexSpec("idx_submissions_plan_period_unit_first", "submissions",
                  ["plan_id", "period_code", "unit_id", "first_submitted_at"]),
    ]

    func prepare(on db: any Database) async throws { try await IndexSpec.create(Self.indexes, on: db) }
    func revert(on db: any Database) async throws { try await IndexSpec.drop(Self.indexes, on: db) }
}
