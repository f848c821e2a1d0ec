import Foundation
import TaizhangDocument
import TaizhangDomain
import Vapor

/// /api/service appraisal and 服务明星 routes: thin adapters over `ServiceAppraisal`.
enum ServiceAppraisalController {
    static func addRecord(req: Request) async throws -> Response {
        let centre = try req.pathID()
        let input = try req.decodeJSON(ServiceAppraisal.RecordInput.self)
        return try Response.created(try await ServiceAppraisal.addRecord(centre: centre, input, in: try await req.serviceContext()))
    }

    /// GET …/appraisal?month=2026M06: every staff member's score with its breakdown.
    static func month(req: Request) async throws -> [ServiceAppraisal.ScoreView] {
        try await ServiceAppraisal.month(centre: try req.pathID(), month: try req.queryPeriod("month"), in: try await req.serviceContext())
    }

    /// GET …/stars?period=2026Q2: the published election, else the one computed now.
    static func stars(req: Request) async throws -> ServiceAppraisal.StarsView {
        try await ServiceAppraisal.stars(centre: try req.pathID(), period: try req.queryPeriod(), in: try await req.serviceContext())
    }

    static func publish(req: Request) async throws -> Response {
        try Response.created(try await ServiceAppraisal.publish(centre: try req.pathID(), period: try req.queryPeriod(), in: try await req.serviceContext()))
    }

    /// The circular (通报) of an election: format=docx|md|html|json.
    static func circular(req: Request) async throws -> Response {
        let c = try await ServiceAppraisal.circular(centre: try req.pathID(), period: try req.queryPeriod(), in: try await req.serviceContext())
        return try StarCircular.response(c.document, format: req.queryText("format") ?? "docx", name: c.name)
    }
}
