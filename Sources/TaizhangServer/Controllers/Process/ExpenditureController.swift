import Foundation
import TaizhangDomain
import TaizhangProcess
import Vapor

/// SPEC §4.3 专款专用 over HTTP: the request handlers of `Expenditures`.
enum ExpenditureController {
    static func list(req: Request) async throws -> [Expenditure] {
        let unit = try await req.unitParameter(.read)
        return try await req.processStore.expenditures(unit)
    }

    /// Books an expenditure; refused with every reason, writing nothing.
    static func create(req: Request) async throws -> Response {
        let unit = try await req.unitParameter(.writeLedger)
        let input = try req.decodeJSON(Expenditures.ExpenditureInput.self)
        return try Response.created(try await Expenditures.book(unit: unit, input, in: try await req.processContext()))
    }
}
