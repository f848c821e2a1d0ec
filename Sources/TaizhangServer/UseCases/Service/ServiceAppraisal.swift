import Fluent
import Foundation
import TaizhangDocument
import TaizhangDomain
import TaizhangService

/// SPEC §7 窗口考核: typed facts per staff member, monthly scores with their breakdown
/// (from the case and rating records plus those facts), and the quarterly 服务明星
/// election with its quota, published once as a circular (.docx like the others).
/// Shared by the API (`ServiceAppraisalController`) and the appraisal page.
enum ServiceAppraisal {
    struct RecordInput: Codable, Sendable { var staffId: Int; var date: CivilDate; var source: AppraisalSource; var count: Double?; var note: String? }
    struct ScoreView: Codable, Sendable { var staff: String; var window: String?; var score: MonthlyScore }
    struct StarsView: Codable, Sendable { var election: StarElection; var names: [String: String]; var published: Bool; var publishedAt: Date? }

    /// Records a typed fact (attendance, complaints, extra points…) for a staff member.
    static func addRecord(centre id: Int, _ input: RecordInput, in ctx: ServiceContext) async throws -> AppraisalRecord {
        let access = try ctx.supervising(id)
        var problems: [DomainError] = []
        if !input.source.isTyped {
            problems.append(DomainError("computed_source", zh: "该项目由办件和评价记录自动统计，不能手工录入。", en: "This source is computed from the records.", field: "source"))
        }
        if let p = AppError.notFuture(input.date, today: ctx.today, field: "date", zh: "日期") { problems.append(p) }
        if let c = input.count, c <= 0 || c > 100 { problems.append(DomainError("count_range", zh: "次数应在1至100之间。", en: "count must be 1–100.", field: "count")) }
        try AppError.check(problems)
        let centre = access.centre, now = ctx.now, user = try ctx.actor.requireUser
        return try await ctx.write { db -> AppraisalRecord in
            guard try await ServiceStaffModel.find(input.staffId, on: db)?.centreID == centre else {
                throw AppError.invalid([DomainError("unknown_staff", zh: "该人员不属于本中心。", en: "staff_id is not on this centre's staff.", field: "staff_id")])
            }
            let m = ServiceAppraisalRecordModel(AppraisalRecord(id: 0, staffID: input.staffId, date: input.date, source: input.source,
                                                                count: input.count ?? 1, note: input.note ?? ""), centre: centre, by: user, at: now)
            try await m.create(on: db)
            try await ctx.audit(on: db, "create", "service_appraisal_record", id: m.id, unit: centre, after: m.domain)
            return m.domain!
        }
    }

    /// Every staff member's score of `month` with its breakdown, best first.
    static func month(centre: Int, month: Period, in ctx: ServiceContext) async throws -> [ScoreView] {
        let access = try ctx.access(centre)
        guard month.kind == .month else { throw AppError.badRequest("invalid_period", zh: "请指定月份（如2026M06）。", en: "month must be a month (2026M06).", field: "month") }
        let scores = try await scores(centre: access.centre, months: [month], in: ctx)
        let names = try await ctx.names(access.centre)
        return scores.filter { s in names.staff[s.staffID].flatMap { names.windows[$0.windowID] }.map { access.mayRead(department: $0.departmentID) } ?? false }
            .sorted { $0.total > $1.total }
            .map { s in ScoreView(staff: names.staff[s.staffID]?.name ?? "\(s.staffID)",
                                  window: names.staff[s.staffID].flatMap { names.windows[$0.windowID]?.label }, score: s) }
    }

    static func scores(centre: Int, months: [Period], in ctx: ServiceContext) async throws -> [MonthlyScore] {
        guard let first = months.first, let last = months.last else { return [] }
        let (cases, evaluations, rules) = try await ctx.evaluatedCases(centre)
        let store = ctx.store
        let records = ServiceRecords(
            cases: cases, evaluations: evaluations,
            ratings: try await store.ratings(centre, from: first.start.startInstant(), through: last.end.adding(days: 1).startInstant()),
            staff: try await store.staff(centre), typed: try await store.appraisalRecords(centre, from: first.start, through: last.end))
        return records.scores(months: months, asOf: ctx.today, rules: rules)
    }

    /// The published election of `period`, else the one computed now.
    static func stars(centre id: Int, period: Period, in ctx: ServiceContext) async throws -> StarsView {
        let centre = try ctx.access(id).centre
        let store = ctx.store
        let rules = try await store.rules()
        guard period.kind == rules.appraisal.stars.periodKind else {
            throw AppError.badRequest("invalid_period", zh: "服务明星按\(rules.appraisal.stars.periodKind == .quarter ? "季度" : "期")评选（如2026Q2）。",
                                      en: "Stars are elected per \(rules.appraisal.stars.periodKind.rawValue).", field: "period")
        }
        let names = Dictionary(try await store.staff(centre).map { (String($0.id), $0.name) }, uniquingKeysWith: { a, _ in a })
        if let stored = try await store.election(centre, period), let election = stored.domain {
            return .init(election: election, names: names, published: true, publishedAt: stored.publishedAt)
        }
        let months = Period.range(.containing(period.start, kind: .month), through: .containing(period.end, kind: .month))
        let scores = try await scores(centre: centre, months: months, in: ctx)
        return .init(election: StarElector.elect(period: period, scores: scores, rules: rules.appraisal.stars), names: names,
                     published: false, publishedAt: nil)
    }

    /// Publishes the election (once per period, after it ends): frozen, audited, and entered
    /// in the centre's ledger (服务明星评选) so the summary names the stars.
    static func publish(centre id: Int, period: Period, in ctx: ServiceContext) async throws -> StarsView {
        let access = try ctx.supervising(id, manage: true)
        guard period.end < ctx.today else {
            throw AppError(.unprocessableEntity, "period_running", zh: "\(period.chineseLabel)尚未结束，不能公布评选结果。", en: "The period has not ended yet.")
        }
        let view = try await stars(centre: access.centre, period: period, in: ctx)
        if view.published { throw AppError(.conflict, "already_published", zh: "\(period.chineseLabel)服务明星已公布。", en: "Already published.") }
        let centre = access.centre, election = view.election, user = try ctx.actor.requireUser, now = ctx.now, engine = ctx.writes.engine
        let byID = Dictionary(uniqueKeysWithValues: view.names.compactMap { k, v in Int(k).map { ($0, v) } })
        let entry = ServiceLedger.stars(election, names: byID)
        try await ctx.write { db in
            let m = ServiceStarElectionModel()
            m.centreID = centre; m.periodCode = election.period.code; m.definition = JSON.string(election)
            m.publishedAt = now; m.publishedBy = user
            try await m.create(on: db)
            try await ctx.audit(on: db, "publish", "service_star_election", id: m.id, unit: centre, after: election)
            _ = try await ServiceLedgerSync.upsert(LedgerEntry(unitID: centre, category: .other, title: entry.title, narrative: entry.narrative,
                                                               date: election.period.end, values: entry.values, source: .api),
                                                   by: user, at: now, on: db, engine: engine)
        }
        return try await stars(centre: centre, period: period, in: ctx)
    }

    /// The circular (通报) of an election, with the file name it is offered under.
    static func circular(centre id: Int, period: Period, in ctx: ServiceContext) async throws -> (document: SummaryDocument, name: String) {
        let access = try ctx.access(id)
        let view = try await stars(centre: access.centre, period: period, in: ctx)
        let names = try await ctx.names(access.centre)
        let centreName = access.scope.tree[access.centre]?.name ?? ""
        let doc = StarCircular.document(view.election, centre: centreName, names: names, rules: try await ctx.store.rules(), writtenOn: ctx.today)
        return (doc, "\(centreName)\(period.chineseLabel)服务明星评选通报")
    }
}
