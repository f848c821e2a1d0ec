import Fluent

/// SPEC §7 窗口考核: the facts the supervision section types per staff member (考勤,
/// 投诉, 锦旗 …) and the published 服务明星 elections (the whole result as JSON, frozen
/// when the circular goes out).
struct CreateServiceAppraisal: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("service_appraisal_records")
            .field("id", .int, .identifier(auto: true))
            .field("centre_unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("staff_id", .int, .required, .references("service_staff", "id", onDelete: .cascade))
            .field("date", .string, .required)
            .field("source", .string, .required)
            .field("count", .double, .required)
            .field("note", .string, .required)
            .field("created_by", .int)
            .field("created_at", .datetime, .required)
            .create()
        try await db.schema("service_star_elections")
            .field("id", .int, .identifier(auto: true))
            .field("centre_unit_id", .int, .required, .references("units", "id", onDelete: .cascade))
            .field("period_code", .string, .required)
            .field("definition", .string, .required)
            .field("published_at", .datetime, .required)
            .field("published_by", .int)
            .unique(on: "centre_unit_id", "period_code")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("service_star_elections").delete()
        try await db.schema("service_appraisal_records").delete()
    }
}
