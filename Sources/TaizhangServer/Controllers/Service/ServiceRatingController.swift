import Foundation
import TaizhangDomain
import Vapor

/// /api/service 好差评 routes: thin adapters over `ServiceRatings`.
enum ServiceRatingController {
    struct AppealInput: Content { var reason: String }

    static func record(req: Request) async throws -> Response {
        let caseID = try req.pathID()
        let input = try req.decodeJSON(ServiceRatings.RatingInput.self)
        return try Response.created(try await ServiceRatings.record(caseID: caseID, input, in: try await req.serviceContext()))
    }

    static func appeal(req: Request) async throws -> ServiceRatings.RatingView {
        let id = try req.pathID()
        return try await ServiceRatings.appeal(id, reason: try req.decodeJSON(AppealInput.self).reason, in: try await req.serviceContext())
    }

    static func decide(req: Request) async throws -> ServiceRatings.RatingView {
        let id = try req.pathID()
        return try await ServiceRatings.decide(id, try req.decodeJSON(ServiceRatings.DecisionInput.self), in: try await req.serviceContext())
    }

    /// GET …/ratings?period=&bad= (the period's ratings, newest first, at most 500).
    static func list(req: Request) async throws -> [ServiceRatings.RatingView] {
        try await ServiceRatings.list(centre: try req.pathID(), period: try req.queryPeriod(), bad: req.queryBool("bad") == true,
                                      in: try await req.serviceContext())
    }
}
