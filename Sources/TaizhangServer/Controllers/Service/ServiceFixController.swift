import Foundation
import TaizhangDomain
import Vapor

/// /api/service 差评整改 routes: thin adapters over `ServiceFixes`.
enum ServiceFixController {
    struct MeasuresInput: Content { var text: String }

    static func list(req: Request) async throws -> [FixView] {
        try await ServiceFixes.list(centre: try req.pathID(), status: req.queryText("status"), in: try await req.serviceContext())
    }

    static func measures(req: Request) async throws -> FixView {
        let id = try req.pathID()
        return try await ServiceFixes.measures(id, text: try req.decodeJSON(MeasuresInput.self).text, in: try await req.serviceContext())
    }

    static func callback(req: Request) async throws -> FixView {
        let id = try req.pathID()
        return try await ServiceFixes.callback(id, try req.decodeJSON(ServiceFixes.CallbackInput.self), in: try await req.serviceContext())
    }

    static func close(req: Request) async throws -> FixView {
        try await ServiceFixes.close(try req.pathID(), in: try await req.serviceContext())
    }
}
