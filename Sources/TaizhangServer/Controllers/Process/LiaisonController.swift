import Foundation
import TaizhangDomain
import TaizhangProcess
import Vapor

/// SPEC §4.2 联络员 over HTTP: the request handlers of `Liaisons`.
enum LiaisonController {
    static func list(req: Request) async throws -> Liaisons.RosterView {
        let unit = try await req.unitParameter(.read)
        return Liaisons.view(try await req.processStore.roster(unit), unit: unit, today: req.today)
    }

    /// Appoints the unit's liaison: 409 for a second one unless it is `replacing`.
    static func appoint(req: Request) async throws -> Response {
        let unit = try await req.unitParameter(.writeLedger)
        let input = try req.decodeJSON(Liaisons.AppointInput.self)
        let ctx = try await req.processContext()
        let roster = try await Liaisons.appoint(unit: unit, input, in: ctx)
        return try Response.created(Liaisons.view(roster, unit: unit, today: ctx.today))
    }
}

extension Liaisons.RosterView: Content {}
