import Foundation
import TaizhangDomain
import TaizhangService
import Vapor

/// /api/service satisfaction and invitations: thin adapters over `ServiceSatisfaction`
/// and `ServiceInvitations`.
enum ServiceSatisfactionController {
    struct InviteInput: Content { var channel: String }
    struct RunResult: Content { var invited: Int }

    static func satisfaction(req: Request) async throws -> ServiceSatisfaction.SatisfactionView {
        try await ServiceSatisfaction.satisfaction(centre: try req.pathID(), month: try req.queryPeriod("month"), in: try await req.serviceContext())
    }

    static func invite(req: Request) async throws -> Response {
        let caseID = try req.pathID()
        let input = try req.decodeJSON(InviteInput.self)
        return try Response.created(try await ServiceSatisfaction.invite(caseID: caseID, channel: input.channel, in: try await req.serviceContext()))
    }

    /// The automatic invitations due today (idempotent: a case is invited once).
    static func runInvitations(req: Request) async throws -> RunResult {
        let ctx = try await req.serviceContext()
        let access = try ctx.supervising(try req.pathID())
        return RunResult(invited: try await ServiceInvitations.run(req.application, centre: access.centre, now: ctx.now, userID: ctx.actor.userID))
    }
}
