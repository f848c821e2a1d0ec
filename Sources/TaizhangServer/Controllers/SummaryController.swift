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
        let (summary, version) = try await generate(req, unit: input.unitId, period: try summaryPeriod(input.period),
                                                    subtree: input.subtree ?? false)
        let response = Response(status: .created)
        try response.content.encode(try await detail(summary, version, req: req))
        return response
    }

    /// Drafts and stores a new summary of `unit` (and, with `subtree`, the units below that
    /// the caller reads); shared by the API and the summaries page.
    static func generate(_ req: Request, unit unitID: Int, period: Period, subtree: Bool) async throws -> (SummaryModel, SummaryVersionModel) {
        let caller = try req.caller()
        let scope = try await authorizeWrite(req, unit: unitID)
        let unit = scope.tree[unitID]!
        let document = try await SummaryService.draft(
            unit: unit, period: period, units: AggregateController.readableUnits(scope, root: unit.id, subtree: subtree),
            subtree: subtree, loader: loader(req, tree: scope.tree))
        return try await SummaryService.create(unit: unit, period: period, subtree: subtree, document: document,
                                               author: caller.userID, at: req.now, on: req.db)
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
        return try await detail(summary, try await version(summary, number: summary.latestVersion, on: req.db), req: req)
    }

    /// Saves a new version from paragraph edits or whole content.
    static func update(req: Request) async throws -> Detail {
        let input = try req.decodeJSON(UpdateInput.self)
        let summary = try await find(req, action: .writeLedger)
        return try await detail(summary, try await save(input, to: summary, req: req), req: req)
    }

    /// Stores `input` as the next version of `summary` (already authorized for writing):
    /// 409 when `baseVersion` is not the latest; shared by the API and the section forms.
    static func save(_ input: UpdateInput, to summary: SummaryModel, req: Request) async throws -> SummaryVersionModel {
        let caller = try req.caller()
        guard input.baseVersion == summary.latestVersion else {
            throw AppError(.conflict, "stale_version", zh: "该总结已有更新的版本（第\(summary.latestVersion)版），请刷新后再修改。",
                           en: "A newer version (\(summary.latestVersion)) exists; reload and edit again.", field: "base_version")
        }
        let base = try await version(summary, number: summary.latestVersion, on: req.db).document
        let document = try edited(base, input)
        return try await req.db.transaction { db in
            let v = try await SummaryService.addVersion(to: summary, document: document, origin: "edited", author: caller.userID, at: req.now, on: db)
            try await Audit.record(on: db, userID: caller.userID, action: "update", entity: "summary", entityID: summary.id,
                                   unitID: summary.unitID, before: ["version": String(input.baseVersion)],
                                   after: ["version": String(v.number)], at: req.now)
            return v
        }
    }

    /// A new version drafted afresh from the ledger as it stands now.
    static func regenerate(req: Request) async throws -> Detail {
        let caller = try req.caller()
        let summary = try await find(req, action: .writeLedger)
        let scope = try await req.scope()
        guard let unit = scope.tree[summary.unitID], let period = Period(code: summary.periodCode) else { throw AppError.notFound("Unit", zh: "该单位") }
        let document = try await SummaryService.draft(
            unit: unit, period: period, units: AggregateController.readableUnits(scope, root: unit.id, subtree: summary.subtree),
            subtree: summary.subtree, loader: loader(req, tree: scope.tree))
        let saved = try await req.db.transaction { db in
            let v = try await SummaryService.addVersion(to: summary, document: document, origin: "generated", author: caller.userID, at: req.now, on: db)
            try await Audit.record(on: db, userID: caller.userID, action: "regenerate", entity: "summary", entityID: summary.id,
                                   unitID: summary.unitID, before: Audit.None?.none, after: ["version": String(v.number)], at: req.now)
            return v
        }
        return try await detail(summary, saved, req: req)
    }
}
