import Fluent

/// Every service list is per centre and period; cases are read by acceptance and
/// completion time, ratings by rating time, orders and fixes by case or status.
struct CreateServiceIndexes: AsyncMigration {
    static let indexes: [IndexSpec] = [
        IndexSpec("idx_service_cases_accepted", "service_cases", ["centre_unit_id", "accepted_at"]),
        IndexSpec("idx_service_cases_completed", "service_cases", ["centre_unit_id", "completed_at"]),
        IndexSpec("idx_service_cases_department", "service_cases", ["department_unit_id", "accepted_at"]),
        // The case cache's signature (count, last id, last import) answered from the index alone.
        IndexSpec("idx_service_cases_import", "service_cases", ["centre_unit_id", "imported_at"]),
        IndexSpec("idx_service_orders_case", "service_orders", ["case_id"]),
        IndexSpec("idx_service_orders_centre", "service_orders", ["centre_unit_id", "issued_on"]),
        IndexSpec("idx_service_ratings_case", "service_ratings", ["case_id"]),
        IndexSpec("idx_service_ratings_centre", "service_ratings", ["centre_unit_id", "rated_at"]),
        IndexSpec("idx_service_fixes_centre", "service_fixes", ["centre_unit_id", "closed_on"]),
        IndexSpec("idx_service_invitations_case", "service_invitations", ["case_id"]),
        IndexSpec("idx_service_appraisal_staff", "service_appraisal_records", ["centre_unit_id", "date"]),
        // The online supervision counts (logins, cases viewed) of a centre and period.
        IndexSpec("idx_audit_events_unit_action", "audit_events", ["unit_id", "action", "at"]),
    ]

    func prepare(on db: any Database) async throws { try await IndexSpec.create(Self.indexes, on: db) }
    func revert(on db: any Database) async throws { try await IndexSpec.drop(Self.indexes, on: db) }
}
