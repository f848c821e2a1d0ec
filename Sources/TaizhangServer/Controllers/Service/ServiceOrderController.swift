import Foundation
import TaizhangDomain
import Vapor

/// /api/service 督办 routes: thin adapters over `ServiceOrders`.
enum ServiceOrderController {
    struct IssueInput: Content { var level: String; var reason: String }
    struct ResponseInput: Content { var text: String }
    struct CloseInput: Content { var conclusion: String? }

    static func list(req: Request) async throws -> [OrderView] {
        try await ServiceOrders.list(centre: try req.pathID(), status: req.queryText("status"), in: try await req.serviceContext())
    }

    static func issue(req: Request) async throws -> Response {
        let caseID = try req.pathID()
        let input = try req.decodeJSON(IssueInput.self)
        return try Response.created(try await ServiceOrders.issue(caseID: caseID, level: input.level, reason: input.reason, in: try await req.serviceContext()))
    }

    static func respond(req: Request) async throws -> OrderView {
        let id = try req.pathID()
        return try await ServiceOrders.respond(id, text: try req.decodeJSON(ResponseInput.self).text, in: try await req.serviceContext())
    }

    static func close(req: Request) async throws -> OrderView {
        let id = try req.pathID()
        return try await ServiceOrders.close(id, conclusion: try req.decodeJSON(CloseInput.self).conclusion ?? "", in: try await req.serviceContext())
    }

    static func escalateOrder(req: Request) async throws -> Response {
        try Response.created(try await ServiceOrders.escalate(try req.pathID(), in: try await req.serviceContext()))
    }
}
