import Fluent
import TaizhangDomain
import Vapor

/// Ledger entries (台账): list with filters, create one or a batch, edit, delete, confirm.
enum EntryController {
    static func list(req: Request) async throws -> Page {
        let unitID = try req.queryInt("unit")
        try await req.authorize(.read, unit: unitID)
        let query = try await Ledger.filtered(unit: unitID, period: try req.query[String.self, at: "period"].map(Period.parse),
                                       category: req.query[String.self, at: "category"], source: req.query[String.self, at: "source"],
                                       indicator: req.query[String.self, at: "indicator"], on: req.db)
        if let pending = req.queryBool("pending") { query.filter(\.$pending == pending) }
        let total = try await query.count()
        let limit = min(max(req.query[Int.self, at: "limit"] ?? 50, 1), maxLimit)
        let offset = max(req.query[Int.self, at: "offset"] ?? 0, 0)
        let models = try await query.sort(\.$countsOn, .descending).sort(\.$id, .descending)
            .range(offset..<(offset + limit)).all()
        return Page(total: total, items: try await dtos(models, on: req.db), limit: limit, offset: offset,
                    next: offset + limit < total ? nextPage(req, offset: offset + limit, limit: limit) : nil)
    }

    /// The largest page; a larger `limit` gets this many and a `next` link (never a silent cap).
    static let maxLimit = 500

    /// The same request from `offset` on.
    static func nextPage(_ req: Request, offset: Int, limit: Int) -> String {
        var c = URLComponents(string: req.url.string) ?? URLComponents()
        var items = (c.queryItems ?? []).filter { $0.name != "offset" && $0.name != "limit" }
        items += [URLQueryItem(name: "limit", value: String(limit)), URLQueryItem(name: "offset", value: String(offset))]
        c.queryItems = items
        return c.string ?? req.url.path
    }

    static func get(req: Request) async throws -> Response {
        let model = try await find(req)
        try await req.authorize(.read, unit: model.unitID)
        return try json(try await dtos([model], on: req.db)[0], status: .ok)
    }

    static func create(req: Request) async throws -> Response {
        let input = try req.decodeEntryInput()
        let written = try await Ledger.write([input], actor: try await req.actor(), catalog: try await req.catalog(),
                                             evidence: req.evidenceFiles, writes: req.writes)
        // The answer is what was written: no second read of the row.
        let dto = EntryDTO(written.items[0], id: written.ids[0], createdBy: written.createdBy, at: written.at)
        return try json(dto, status: .created)
    }

    /// All or nothing: every entry is validated first; one bad entry rejects the batch
    /// with every problem listed by index.
    static func batch(req: Request) async throws -> Response {
        let input = try req.decodeJSON(Batch.self)
        let ids = try await Ledger.create(input.entries, actor: try await req.actor(), catalog: try await req.catalog(),
                                          evidence: req.evidenceFiles, writes: req.writes)
        let response = Response(status: .created)
        try response.content.encode(BatchResult(created: ids.count, ids: ids))
        return response
    }

    /// One entry as the answer, tagged with its version (written by hand, see `EntryDTO.json`).
    static func json(_ dto: EntryDTO, status: HTTPResponseStatus) throws -> Response {
        let response = Response(status: status)
        if let body = dto.json() {
            response.headers.contentType = .json
            response.body = .init(string: body)
        } else {
            try response.content.encode(dto)
        }
        return response.tagged(version: dto.version)
    }

    static func find(_ req: Request) async throws -> EntryModel {
        try await Ledger.find(try req.pathID(), on: req.db)
    }
}
