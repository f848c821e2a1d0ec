import Fluent
import SQLKit

/// Audit lookups by unit and by record; reopenings by unit.
struct CreateWriteIndexes: AsyncMigration {
    func prepare(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "audit_events_unit").on("audit_events").column("unit_id").column("id").run()
        try await sql.create(index: "audit_events_entity").on("audit_events").column("entity").column("entity_id").run()
        try await sql.create(index: "period_reopenings_unit").on("period_reopenings").column("unit_id").run()
    }

    func revert(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        for name in ["audit_events_unit", "audit_events_entity", "period_reopenings_unit"] {
            try await sql.drop(index: name).ifExists().run()
        }
    }
}
