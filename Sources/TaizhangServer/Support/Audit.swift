import Fluent
import Foundation

/// Writes the audit log: every mutation records who, when, what, before and after.
/// Called inside the mutation's transaction so the log and the change land together.
enum Audit {
    static func record<B: Encodable, A: Encodable>(
        on db: any Database, userID: Int?, action: String, entity: String, entityID: Int?,
        unitID: Int?, before: B?, after: A?, at: Date
    ) async throws {
        let log = AuditModel()
        log.userID = userID; log.action = action; log.entity = entity
        log.entityID = entityID.map(String.init); log.unitID = unitID
        log.before = before.map(JSON.string); log.after = after.map(JSON.string)
        log.at = at
        try await log.create(on: db)
    }

    /// Convenience when there is no before (creation) or no after (deletion).
    struct None: Encodable {}
}
