import Fluent
import TaizhangDocument
import TaizhangDomain
import TaizhangSummary
import Vapor

/// Half-year (and quarter/year) summaries: drafted from the ledger, edited as versions,
/// every number traceable, checked on every save, exported as .docx / Markdown / HTML.
enum SummaryController {
    static func create(req: Request) async throws -> Response {
        let input = try req.decodeJSON(CreateInput.self)
        if input.background == true {
            let job = try await SummaryJobs.start(unit: input.unitId, period: try Summaries.period(input.period), subtree: input.subtree ?? false,
                                                  actor: try await req.actor(), catalog: try await req.catalog(), writes: req.application.writes)
            let response = Response(status: .accepted)
            response.headers.replaceOrAdd(name: .location, value: "/api/summaries/jobs/\(job)")
            try response.content.encode(try await SummaryJobs.status(job, scope: try await req.actor().scope, now: req.writes.now, on: req.db))
            return response
        }
        let id = try await Summaries.generate(unit: input.unitId, period: try Summaries.period(input.period), subtree: input.subtree ?? false,
                                              actor: try await req.actor(), catalog: try await req.catalog(), writes: req.writes)
        let summary = try await Summaries.find(id, on: req.db)
        let response = Response(status: .created)
        try response.content.encode(try await detail(summary, try await Summaries.version(summary, number: summary.latestVersion, on: req.db), req: req))
        return response
    }

    /// A background draft's state: `running`, `done` (with `summaryId`) or `failed`.
    /// (The route guard has checked the caller reads the job's unit.)
    static func job(req: Request) async throws -> SummaryJobs.Status {
        try await SummaryJobs.status(try req.pathID(), scope: try await req.actor().scope, now: req.writes.now, on: req.db)
    }

    static func list(req: Request) async throws -> [SummaryRow] {
        let unitID = try req.queryInt("unit")
        try await req.authorize(.read, unit: unitID)
        var query = SummaryModel.query(on: req.db).filter(\.$unitID == unitID)
        if req.query[String.self, at: "period"] != nil { query = query.filter(\.$periodCode == (try req.queryPeriod()).code) }
        return try await query.sort(\.$updatedAt, .descending).all().map { row($0, req) }
    }

    static func get(req: Request) async throws -> Detail {
        let summary = try await find(req, action: .read)
        return try await detail(summary, try await Summaries.version(summary, number: summary.latestVersion, on: req.db), req: req)
    }

    /// Saves a new version from paragraph edits or whole content (409 on a stale base).
    static func update(req: Request) async throws -> Detail {
        let input = try req.decodeJSON(Summaries.UpdateInput.self)
        let id = try req.pathID()
        let number = try await Summaries.save(id, input, actor: try await req.actor(), writes: req.writes)
        let summary = try await Summaries.find(id, on: req.db)
        return try await detail(summary, try await Summaries.version(summary, number: number, on: req.db), req: req)
    }

    /// A new version drafted afresh from the ledger as it stands now.
    static func regenerate(req: Request) async throws -> Detail {
        let id = try req.pathID()
        let number = try await Summaries.regenerate(id, actor: try await req.actor(), catalog: try await req.catalog(), writes: req.writes)
        let summary = try await Summaries.find(id, on: req.db)
        return try await detail(summary, try await Summaries.version(summary, number: number, on: req.db), req: req)
    }
}

extension SummaryJobs.Status: Content {}
