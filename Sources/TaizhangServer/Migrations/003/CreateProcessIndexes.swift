import Fluent

/// Lookups of a unit's process records (every list is per unit), and adoptions by the
/// information they refer to.
struct CreateProcessIndexes: AsyncMigration {
    static let indexes: [IndexSpec] = [
        IndexSpec("idx_group_meetings_group", "group_meetings", ["group_id", "date"]),
        IndexSpec("idx_liaisons_unit", "liaisons", ["unit_id", "from_date"]),
        IndexSpec("idx_liaison_meetings_kind", "liaison_meetings", ["kind", "period_code"]),
        IndexSpec("idx_expenditures_plan", "expenditures", ["plan_id", "line_id"]),
        IndexSpec("idx_expenditures_unit_date", "expenditures", ["unit_id", "date"]),
        IndexSpec("idx_inspections_unit", "inspections", ["unit_id", "planned_on"]),
        IndexSpec("idx_rectification_unit", "rectification_items", ["unit_id", "closed_on"]),
        IndexSpec("idx_adoptions_unit_date", "media_adoptions", ["unit_id", "date"]),
        IndexSpec("idx_adoptions_submission", "media_adoptions", ["submission_id"]),
        IndexSpec("idx_publicity_window", "publicity_scores", ["window_code"]),
        IndexSpec("idx_site_visits_unit", "site_visits", ["unit_id", "date"]),
    ]

    func prepare(on db: any Database) async throws { try await IndexSpec.create(Self.indexes, on: db) }
    func revert(on db: any Database) async throws { try await IndexSpec.drop(Self.indexes, on: db) }
}
