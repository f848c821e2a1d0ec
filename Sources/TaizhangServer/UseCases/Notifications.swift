import Fluent
import Foundation
import TaizhangDomain

/// The actor's own reminders in the app.
enum Notifications {
    /// Marks one of the actor's reminders read (someone else's is 404, as if absent).
    static func markRead(_ id: Int, actor: Actor, writes: Writes) async throws {
        let userID = try actor.requireUser
        try await writes.run(actor) { tx in
            guard let n = try await NotificationModel.find(id, on: tx.db), n.userID == userID else {
                throw AppError.notFound("Notification", zh: "该提醒")
            }
            guard n.readAt == nil else { return }
            n.readAt = tx.now
            try await n.save(on: tx.db)
            try await tx.audit("read", entity: "notification", id: id, unit: nil,
                               changes: [FieldChange(field: "read_at", old: nil, new: AuditChain.timestamp(tx.now))])
        }
    }
}
