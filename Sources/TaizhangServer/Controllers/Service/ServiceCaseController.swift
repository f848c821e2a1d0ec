import Foundation
import TaizhangDomain
import Vapor

/// /api/service case routes: thin adapters over `ServiceCases`.
enum ServiceCaseController {
    /// GET …/cases?status=&department=&window=&q=&from=&to=&limit=&offset=
    static func list(req: Request) async throws -> ServiceCases.ListResponse {
        try await ServiceCases.list(centre: try req.pathID(), filter: try CaseFilter(req), in: try await req.serviceContext())
    }

    static func get(req: Request) async throws -> ServiceCases.Detail {
        try await ServiceCases.get(try req.pathID(), in: try await req.serviceContext())
    }
}
