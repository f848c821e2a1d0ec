import TaizhangWeb
import Vapor

extension HomePageController {
    /// POST /notifications/{id}/read from the home page's list: the API's own check (only
    /// the recipient's notification), transaction and audit entry, then back home.
    static func markRead(req: Request) async throws -> Response {
        let ctx = try await req.pageContext()
        try await Notifications.markRead(try req.pathID(), actor: try await req.actor(), writes: req.writes)
        return req.seeOther("/#notifications", flash: .init(.success, WorkMessage.notificationRead.text(ctx.lang)))
    }
}
