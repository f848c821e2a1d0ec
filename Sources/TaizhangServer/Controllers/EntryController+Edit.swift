import Fluent
import TaizhangDomain
import Vapor

extension EntryController {
    /// Replaces an entry (its values too) at the version in `If-Match` or the body.
    static func update(req: Request) async throws -> Response {
        let id = try req.pathID()
        var input = try req.decodeJSON(Ledger.EntryInput.self)
        input.version = req.ifMatchVersion() ?? input.version
        try await Ledger.update(id, input, actor: try await req.actor(), catalog: try await req.catalog(),
                                evidence: req.evidenceFiles, writes: req.writes)
        let model = try await Ledger.find(id, on: req.db)
        let response = Response(status: .ok)
        try response.content.encode(try await dtos([model], on: req.db)[0])
        return response.tagged(version: model.version)
    }

    /// Deletes at the version in `If-Match` (or `?version=`).
    static func delete(req: Request) async throws -> HTTPStatus {
        try await Ledger.delete(try req.pathID(), version: req.ifMatchVersion() ?? req.query[Int.self, at: "version"],
                                actor: try await req.actor(), evidence: req.evidenceFiles, writes: req.writes)
        return .noContent
    }

    /// Confirms an imported entry, or records a third party's confirmation (never by its creator).
    static func confirm(req: Request) async throws -> EntryDTO {
        let id = try req.pathID()
        try await Ledger.confirm(id, actor: try await req.actor(), writes: req.writes)
        return try await dtos([try await Ledger.find(id, on: req.db)], on: req.db)[0]
    }

    /// POST /api/units/{id}/reopen {"period","reason"}: a supervisor lifts a period lock.
    static func reopen(req: Request) async throws -> HTTPStatus {
        struct Body: Decodable { var period: String; var reason: String }
        let body = try req.decodeJSON(Body.self)
        try await Ledger.reopen(unit: try req.pathID(), period: try Period.parse(body.period), reason: body.reason,
                                actor: try await req.actor(), writes: req.writes)
        return .noContent
    }
}
