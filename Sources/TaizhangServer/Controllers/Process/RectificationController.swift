import Foundation
import TaizhangDomain
import TaizhangProcess
import Vapor

/// SPEC §4.4 整改事项 over HTTP: the request handlers of `Rectifications`; the rate per
/// unit is read in `+Rates`.
enum RectificationController {
    static func list(req: Request) async throws -> [Rectifications.ItemView] {
        let unit = try await req.unitParameter(.read)
        return try await req.processStore.records(RectificationItemModel.self, unit: unit).map { Rectifications.ItemView($0, today: req.today) }
    }

    /// One item per finding of the source not yet opened (the unit's people or a supervisor).
    static func create(req: Request) async throws -> Response {
        let unit = try req.pathID()
        try await req.authorizeOwnOrManage(unit: unit)
        let input = try req.decodeJSON(Rectifications.CreateInput.self)
        return try Response.created(try await Rectifications.openItems(unit: unit, input, in: try await req.processContext()))
    }

    static func requestExtension(req: Request) async throws -> Rectifications.ItemView {
        let id = try req.pathID()
        let input = try req.decodeJSON(Rectifications.ExtensionInput.self)
        return try await Rectifications.requestExtension(item: id, input, in: try await req.processContext())
    }

    static func decideExtension(req: Request) async throws -> Rectifications.ItemView {
        let input = try req.decodeJSON(Rectifications.DecisionInput.self)
        return try await Rectifications.decideExtension(item: try req.pathID(), input, in: try await req.processContext())
    }

    static func addEvidence(req: Request) async throws -> Rectifications.ItemView {
        let input = try req.decodeJSON(Rectifications.EvidenceInput.self)
        return try await Rectifications.addEvidence(item: try req.pathID(), input, in: try await req.processContext())
    }

    /// 销号: by the unit's people or a supervisor; the rule set may require evidence first.
    static func close(req: Request) async throws -> Rectifications.ItemView {
        try await Rectifications.close(item: try req.pathID(), in: try await req.processContext())
    }
}

extension Rectifications.ItemView: Content {}
