import Fluent
import TaizhangDomain
import Vapor

/// Submissions (报送): draft from the ledger, then submit → leader approve → supervisor
/// accept, or return with a comment; every transition timestamped and attributed.
enum SubmissionController {
    static func list(req: Request) async throws -> [SubmissionDTO] {
        let unitID = try req.queryInt("unit")
        try await req.authorize(.read, unit: unitID)
        var q = SubmissionModel.query(on: req.db).filter(\.$unitID == unitID)
        if let plan = req.query[Int.self, at: "plan"] { q = q.filter(\.$planID == plan) }
        if let raw = req.query[String.self, at: "period"] { q = q.filter(\.$periodCode == (try Period.parse(raw)).code) }
        let models = try await q.sort(\.$periodCode, .descending).range(0..<500).all()
        let plans = try await PlanModel.byID(on: req.db)
        let rules = try await Reporting.validationRules(on: req.db)
        let ids = models.compactMap(\.id)
        let events = ids.isEmpty ? [] : try await SubmissionEventModel.query(on: req.db).filter(\.$submissionID ~~ ids).sort(\.$id).all()
        let byID = Dictionary(grouping: events, by: \.submissionID)
        return models.map { dto($0, plan: plans[$0.planID], events: byID[$0.id!] ?? [], rules: rules, now: req.now, language: req.language) }
    }

    static func get(req: Request) async throws -> SubmissionDTO {
        let m = try await find(req)
        try await req.authorize(.read, unit: m.unitID)
        return try await load(m, req: req)
    }

    static func create(req: Request) async throws -> Response {
        let id = try await Reporting.create(try req.decodeJSON(Reporting.CreateInput.self), actor: try await req.actor(),
                                            catalog: try await req.catalog(), writes: req.writes)
        let m = try await Reporting.find(id, on: req.db)
        let response = Response(status: .created)
        try response.content.encode(try await load(m, req: req))
        return response.tagged(version: m.version)
    }

    /// Changes a draft's or returned submission's narrative and values at the version in
    /// `If-Match` or the body.
    static func update(req: Request) async throws -> SubmissionDTO {
        let id = try req.pathID()
        let m = try await Reporting.find(id, on: req.db)
        try await req.authorize(.draftSubmission, unit: m.unitID)
        var input = try req.decodeJSON(Reporting.UpdateInput.self)
        input.version = req.ifMatchVersion() ?? input.version
        try await Reporting.update(id, input, actor: try await req.actor(), catalog: try await req.catalog(), writes: req.writes)
        return try await load(try await Reporting.find(id, on: req.db), req: req)
    }

    static func find(_ req: Request) async throws -> SubmissionModel {
        try await Reporting.find(try req.pathID(), on: req.db)
    }
}
