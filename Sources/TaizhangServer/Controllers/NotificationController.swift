import Fluent
import TaizhangDomain
import Vapor

/// The caller's reminders in the app, and the audit log of a unit.
enum NotificationController {
    struct NotificationDTO: Content { var id: Int; var message: String; var createdAt: Date; var readAt: Date? }

    static func list(req: Request) async throws -> [NotificationDTO] {
        let caller = try req.caller()
        return try await NotificationModel.query(on: req.db).filter(\.$userID == caller.userID)
            .sort(\.$id, .descending).range(0..<200).all()
            .map { NotificationDTO(id: $0.id!, message: $0.message, createdAt: $0.createdAt, readAt: $0.readAt) }
    }

    static func markRead(req: Request) async throws -> HTTPStatus {
        let caller = try req.caller()
        guard let n = try await NotificationModel.find(try req.pathID(), on: req.db), n.userID == caller.userID else {
            throw AppError.notFound("Notification", zh: "该提醒")
        }
        n.readAt = req.now
        try await req.db.transaction { db in
            try await n.save(on: db)
            try await Audit.record(on: db, userID: caller.userID, action: "read", entity: "notification", entityID: n.id,
                                   unitID: nil, before: ["read_at": "null"], after: ["read_at": "\(req.now)"], at: req.now)
        }
        return .noContent
    }

    /// Runs the reminder job now (supervisors chasing non-submitters); idempotent.
    static func runReminders(req: Request) async throws -> [OutgoingReminder] {
        let caller = try req.caller()
        _ = caller
        guard try await req.scope().can(.runReminders) else { throw AppError.forbidden }
        return try await ReminderService.run(app: req.application, now: req.now)
    }
}

enum AuditController {
    struct AuditDTO: Content {
        var id: Int; var userId: Int?; var action: String; var entity: String; var entityId: String?
        var unitId: Int?; var before: String?; var after: String?; var at: Date
    }

    /// The audit log for a unit the caller manages (or everything, for admins).
    static func list(req: Request) async throws -> [AuditDTO] {
        var q = AuditModel.query(on: req.db)
        if let unit = req.query[Int.self, at: "unit"] {
            try await req.authorize(.manage, unit: unit)
            q = q.filter(\.$unitID == unit)
        } else {
            guard try await req.scope().can(.readSecurityEvents) else { throw AppError.forbidden }
        }
        return try await q.sort(\.$id, .descending).range(0..<500).all().map {
            AuditDTO(id: $0.id!, userId: $0.userID, action: $0.action, entity: $0.entity, entityId: $0.entityID,
                     unitId: $0.unitID, before: $0.before, after: $0.after, at: $0.at)
        }
    }
}
