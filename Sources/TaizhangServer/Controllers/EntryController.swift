import Fluent
import TaizhangDomain
import Vapor

/// Ledger entries (台账): list with filters, create one or a batch, edit, delete, confirm.
enum EntryController {
    static let maxBatch = 10_000
    /// The largest page; a larger `limit` gets this many and a `next` link.
    static let maxLimit = 500

    /// The same request from `offset` on.
    static func nextPage(_ req: Request, offset: Int, limit: Int) -> String {
        var c = URLComponents(string: req.url.string) ?? URLComponents()
        var items = (c.queryItems ?? []).filter { $0.name != "offset" && $0.name != "limit" }
        items += [URLQueryItem(name: "limit", value: String(limit)), URLQueryItem(name: "offset", value: String(offset))]
        c.queryItems = items
        return c.string ?? req.url.path
    }

    static func list(req: Request) async throws -> Page {
        let unitID = try req.queryInt("unit")
        try await req.authorize(.read, unit: unitID)
        let query = try await filtered(unit: unitID, period: try req.query[String.self, at: "period"].map(Period.parse),
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

    static func get(req: Request) async throws -> EntryDTO {
        let model = try await find(req)
        try await req.authorize(.read, unit: model.unitID)
        return try await dtos([model], on: req.db)[0]
    }

    static func create(req: Request) async throws -> Response {
        let input = try req.decodeJSON(EntryInput.self)
        let ids = try await store([input], req: req)
        let model = try await EntryModel.find(ids[0], on: req.db)!
        let response = Response(status: .created)
        try response.content.encode(try await dtos([model], on: req.db)[0])
        return response
    }

    /// All or nothing: every entry is validated first; one bad entry rejects the batch
    /// with every problem listed by index.
    static func batch(req: Request) async throws -> Response {
        let input = try req.decodeJSON(Batch.self)
        guard !input.entries.isEmpty, input.entries.count <= maxBatch else {
            throw AppError.badRequest("batch_size", zh: "每批须为1至\(maxBatch)条记录。", en: "A batch holds 1 to \(maxBatch) entries.", field: "entries")
        }
        let ids = try await store(input.entries, req: req)
        let response = Response(status: .created)
        try response.content.encode(BatchResult(created: ids.count, ids: ids))
        return response
    }

    static func store(_ inputs: [EntryInput], req: Request) async throws -> [Int] {
        let caller = try req.caller()
        let scope = try await req.scope()
        let validator = EntryValidator(catalog: try await req.catalog(), today: req.today)
        var problems: [DomainError] = []
        let source: EntrySource = caller.viaCookie ? .typed : .api
        let items = inputs.map { $0.domain(defaultSource: source) }
        for (i, item) in items.enumerated() {
            let prefix = inputs.count > 1 ? "entries[\(i)]." : ""
            guard scope.tree[item.entry.unitID] != nil else {
                throw AppError.notFound("Unit", zh: "该单位")
            }
            guard scope.can(.writeLedger, on: item.entry.unitID) else { throw AppError.forbidden }
            problems += validator.problems(item.entry).map {
                var p = $0; p.field = prefix + ($0.field ?? ""); return p
            }
        }
        guard problems.isEmpty else { throw AppError.invalid(problems) }
        let engine = req.application.appConfig.database.engine
        let now = req.now
        let db = req.db
        return try await req.application.write(engine) { try await db.transaction { db in
            let ids = try await EntryStore.insert(items, createdBy: caller.userID, at: now, on: db, engine: engine)
            try await Audit.record(on: db, userID: caller.userID, action: items.count > 1 ? "batch_create" : "create",
                                   entity: "entry", entityID: ids.count == 1 ? ids[0] : nil,
                                   unitID: items.count == 1 ? items[0].entry.unitID : nil,
                                   before: Audit.None?.none, after: ids.count == 1 ? JSON.string(items[0].entry) : "\(ids.count) entries: \(ids.first!)…\(ids.last!)", at: now)
            return ids
        } }
    }

    /// A unit's entries narrowed by period (counting day), category, source and indicator;
    /// shared by the API list and the ledger page.
    static func filtered(unit: Int, period: Period?, category: String?, source: String?, indicator: String?,
                         on db: any Database) async throws -> QueryBuilder<EntryModel> {
        let query = EntryModel.query(on: db).filter(\.$unitID == unit)
        if let p = period { query.filter(\.$countsOn >= p.start.iso).filter(\.$countsOn <= p.end.iso) }
        if let c = category { query.filter(\.$category == c) }
        if let s = source { query.filter(\.$source == s) }
        if let ind = indicator {
            let ids = try await EntryValueModel.query(on: db).filter(\.$unitID == unit)
                .filter(\.$indicatorCode == ind).all().map(\.entryID)
            query.filter(\.$id ~~ ids)
        }
        return query
    }

    static func find(_ req: Request) async throws -> EntryModel {
        try await find(try req.pathID(), on: req.db)
    }

    static func find(_ id: Int, on db: any Database) async throws -> EntryModel {
        guard let m = try await EntryModel.find(id, on: db) else {
            throw AppError.notFound("Entry", zh: "该台账记录")
        }
        return m
    }
}
