import Fluent
import TaizhangDomain
import Vapor

/// The caller's reminders in the app.
enum NotificationController {
    struct NotificationDTO: Content { var id: Int; var message: String; var createdAt: Date; var readAt: Date? }

    static func list(req: Request) async throws -> [NotificationDTO] {
        let caller = try req.caller()
        return try await NotificationModel.query(on: req.db).filter(\.$userID == caller.userID)
            .sort(\.$id, .descending).range(0..<200).all()
            .map { NotificationDTO(id: $0.id!, message: $0.message, createdAt: $0.createdAt, readAt: $0.readAt) }
    }

    static func markRead(req: Request) async throws -> HTTPStatus {
        try await Notifications.markRead(try req.pathID(), actor: try await req.actor(), writes: req.writes)
        return .noContent
    }

    /// Runs the reminder job now (supervisors chasing non-submitters); idempotent.
    static func runReminders(req: Request) async throws -> [OutgoingReminder] {
        let caller = try req.caller()
        guard try await req.scope().isAdmin || caller.grants.contains(where: { $0.role == .supervisor }) else { throw AppError.forbidden }
        return try await ReminderService.run(app: req.application, now: req.now)
    }
}

