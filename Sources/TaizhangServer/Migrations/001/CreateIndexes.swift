import Fluent
import SQLKit

/// Secondary indexes for the hot queries (aggregates, matrix, ledger lists).
/// `CREATE INDEX` is the same SQL on SQLite and PostgreSQL, built with SQLKit.
struct CreateIndexes: AsyncMigration {
    static let indexes: [(name: String, table: String, columns: [String])] = [
        ("idx_units_parent", "units", ["parent_id"]),
        ("idx_grants_user", "role_grants", ["user_id"]),
        ("idx_entries_unit_date", "entries", ["unit_id", "counts_on"]),
        ("idx_values_unit_indicator_date", "entry_values", ["unit_id", "indicator_code", "counts_on"]),
        ("idx_values_entry", "entry_values", ["entry_id"]),
        ("idx_submissions_plan_period", "submissions", ["plan_id", "period_code"]),
        ("idx_events_submission", "submission_events", ["submission_id"]),
        ("idx_audit_at", "audit_log", ["at"]),
        ("idx_notifications_user", "notifications", ["user_id"]),
    ]

    func prepare(on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        for index in Self.indexes {
            var builder = sql.create(index: index.name).on(index.table)
            for column in index.columns { builder = builder.column(column) }
            try await builder.run()
        }
    }

    func revert(on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        for index in Self.indexes.reversed() { try await sql.drop(index: index.name).run() }
    }
}
