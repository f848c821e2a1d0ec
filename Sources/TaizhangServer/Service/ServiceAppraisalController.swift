import Fluent
import Foundation
import TaizhangDocument
import TaizhangDomain
import TaizhangService
import Vapor

/// SPEC §7 窗口考核: typed facts per staff member, monthly scores with their breakdown
/// (from the case and rating records plus those facts), and the quarterly 服务明星
/// election with its quota, published once as a circular (.docx like the others).
enum ServiceAppraisalController {
    struct RecordInput: Content { var staffId: Int; var date: CivilDate; var source: AppraisalSource; var count: Double?; var note: String? }
    struct ScoreView: Content { var staff: String; var window: String?; var score: MonthlyScore }
    struct StarsView: Content { var election: StarElection; var names: [String: String]; var published: Bool; var publishedAt: Date? }

    static func addRecord(req: Request) async throws -> Response {
        try Response.created(try await addRecord(req, centre: try req.pathID(), try req.decodeJSON(RecordInput.self)))
    }

    static func addRecord(_ req: Request, centre id: Int, _ input: RecordInput) async throws -> AppraisalRecord {
        let access = try await req.supervisingCentre(id)
        var problems: [DomainError] = []
        if !input.source.isTyped {
            problems.append(DomainError("computed_source", zh: "该项目由办件和评价记录自动统计，不能手工录入。", en: "This source is computed from the records.", field: "source"))
        }
        if let p = AppError.notFuture(input.date, today: req.today, field: "date", zh: "日期") { problems.append(p) }
        if let c = input.count, c <= 0 || c > 100 { problems.append(DomainError("count_range", zh: "次数应在1至100之间。", en: "count must be 1–100.", field: "count")) }
        try AppError.check(problems)
        let centre = access.centre, now = req.now, user = try req.caller().userID
        let record = try await req.serviceWrite { db -> AppraisalRecord in
            guard try await ServiceStaffModel.find(input.staffId, on: db)?.centreID == centre else {
                throw AppError.invalid([DomainError("unknown_staff", zh: "该人员不属于本中心。", en: "staff_id is not on this centre's staff.", field: "staff_id")])
            }
            let m = ServiceAppraisalRecordModel(AppraisalRecord(id: 0, staffID: input.staffId, date: input.date, source: input.source,
                                                                count: input.count ?? 1, note: input.note ?? ""), centre: centre, by: user, at: now)
            try await m.create(on: db)
            try await req.audit(on: db, "create", "service_appraisal_record", id: m.id, unit: centre, after: m.domain)
            return m.domain!
        }
        return record
    }

    /// GET …/appraisal?month=2026M06: every staff member's score with its breakdown.
    static func month(req: Request) async throws -> [ScoreView] { try await month(req, centre: try req.pathID(), month: try req.queryPeriod("month")) }

    static func month(_ req: Request, centre: Int, month: Period) async throws -> [ScoreView] {
        let access = try await req.centreAccess(centre)
        guard month.kind == .month else { throw AppError.badRequest("invalid_period", zh: "请指定月份（如2026M06）。", en: "month must be a month (2026M06).", field: "month") }
        let scores = try await ServiceAppraisal.scores(req, centre: access.centre, months: [month])
        let names = try await CentreNames.load(req, centre: access.centre, tree: access.scope.tree)
        return scores.filter { s in names.staff[s.staffID].flatMap { names.windows[$0.windowID] }.map { access.mayRead(department: $0.departmentID) } ?? false }
            .sorted { $0.total > $1.total }
            .map { s in ScoreView(staff: names.staff[s.staffID]?.name ?? "\(s.staffID)",
                                  window: names.staff[s.staffID].flatMap { names.windows[$0.windowID]?.label }, score: s) }
    }

    /// GET …/stars?period=2026Q2: the published election, else the one computed now.
    static func stars(req: Request) async throws -> StarsView {
        let access = try await req.centreAccess()
        let period = try req.queryPeriod()
        return try await ServiceAppraisal.stars(req, centre: access.centre, period: period)
    }

    /// Publishes the election (once per period): frozen, audited, and entered in the centre's
    /// ledger (服务明星评选) so the summary names the stars.
    static func publish(req: Request) async throws -> Response {
        try Response.created(try await publish(req, centre: try req.pathID(), period: try req.queryPeriod()))
    }

    static func publish(_ req: Request, centre id: Int, period: Period) async throws -> StarsView {
        let access = try await req.supervisingCentre(id, manage: true)
        guard period.end < req.today else {
            throw AppError(.unprocessableEntity, "period_running", zh: "\(period.chineseLabel)尚未结束，不能公布评选结果。", en: "The period has not ended yet.")
        }
        let view = try await ServiceAppraisal.stars(req, centre: access.centre, period: period)
        if view.published { throw AppError(.conflict, "already_published", zh: "\(period.chineseLabel)服务明星已公布。", en: "Already published.") }
        try await ServiceAppraisal.publish(req, centre: access.centre, election: view.election, names: view.names)
        return try await ServiceAppraisal.stars(req, centre: access.centre, period: period)
    }

    /// The circular (通报) of an election: format=docx|md|html|json.
    static func circular(req: Request) async throws -> Response {
        try await circular(req, centre: try req.pathID(), period: try req.queryPeriod(), format: req.queryText("format") ?? "docx")
    }

    static func circular(_ req: Request, centre id: Int, period: Period, format: String) async throws -> Response {
        let access = try await req.centreAccess(id)
        let view = try await ServiceAppraisal.stars(req, centre: access.centre, period: period)
        let names = try await CentreNames.load(req, centre: access.centre, tree: access.scope.tree)
        let centreName = access.scope.tree[access.centre]?.name ?? ""
        let doc = StarCircular.document(view.election, centre: centreName, names: names, rules: try await req.serviceStore.rules(), writtenOn: req.today)
        return try StarCircular.response(doc, format: format, name: "\(centreName)\(period.chineseLabel)服务明星评选通报")
    }
}
