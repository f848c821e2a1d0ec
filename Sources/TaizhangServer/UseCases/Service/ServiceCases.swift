import Fluent
import Foundation
import TaizhangDomain
import TaizhangService

/// SPEC §7 电子监察: case lists by computed status, and one case with everything on file
/// about it. Shared by the API (`ServiceCaseController`) and the case pages.
enum ServiceCases {
    struct ListResponse: Codable, Sendable { var total: Int; var counts: StatusCounts; var cases: [CaseView] }

    static func list(centre: Int, filter: CaseFilter, in ctx: ServiceContext) async throws -> ListResponse {
        let access = try ctx.access(centre)
        let (cases, evaluations, rules) = try await ctx.evaluatedCases(access.centre)
        let names = try await ctx.names(access.centre)
        var counts = StatusCounts(), picked: [Int] = []
        for i in cases.indices where access.mayRead(department: cases[i].departmentID) && filter.matches(cases[i], evaluations[i], names: names) {
            counts.add(evaluations[i])
            picked.append(i)
        }
        // Most urgent first: fewest days left (most overdue), then the newest.
        picked.sort { a, b in
            let (la, lb) = (evaluations[a].daysLeft ?? Int.max, evaluations[b].daysLeft ?? Int.max)
            return la != lb ? la < lb : cases[a].acceptedAt > cases[b].acceptedAt
        }
        let page = picked.dropFirst(filter.offset).prefix(filter.limit)
        return ListResponse(total: picked.count, counts: counts,
                            cases: page.map { CaseView(cases[$0], evaluations[$0], names: names, rules: rules, language: ctx.language) })
    }

    struct Detail: Codable, Sendable {
        var `case`: CaseView
        var steps: [CaseStep]
        var orders: [OrderView]
        var ratings: [Rating]
        var fixes: [RatingFix]
        var invitations: [Invitation]
    }

    /// One case; a supervisor's look is counted for the online supervision figures.
    static func get(_ id: Int, in ctx: ServiceContext) async throws -> Detail {
        let centre = try await ctx.centreOf(case: id)
        let access = try ctx.access(centre)
        let store = ctx.store, today = ctx.today
        guard let c = try await store.cases(centre, ids: [id]).first, access.mayRead(department: c.departmentID) else {
            throw AppError.notFound("Case", zh: "该办件")
        }
        let rules = try await store.rules()
        let e = CaseEvaluator(rules: rules.cases, table: ServiceContext.workingDays(around: today)).evaluate(c, asOf: today)
        let names = try await ctx.names(centre)
        if access.supervises { try await OnlineSupervision.record(OnlineSupervision.view, centre: centre, entityID: id, in: ctx) }
        let ratings = try await store.ratings(centre, caseIDs: [id])
        let ratingIDs = Set(ratings.map(\.id))
        return Detail(case: CaseView(c, e, names: names, rules: rules, language: ctx.language), steps: c.steps,
                      orders: try await store.orders(centre, caseIDs: [id]).map { OrderView($0, today: today, rules: rules) },
                      ratings: ratings, fixes: try await store.fixes(centre).filter { ratingIDs.contains($0.ratingID) },
                      invitations: try await ServiceInvitationModel.query(on: ctx.db).filter(\.$caseID == id).all().map(\.domain))
    }
}

/// The filters of a case list.
struct CaseFilter: Sendable {
    var statuses: Set<CaseStatus>?
    var abnormalOnly = false
    var department: Int?
    var window: Int?
    var text: String?
    var from: CivilDate?
    var to: CivilDate?
    var limit = 50
    var offset = 0

    /// `status`: all, open, completed, abnormal or a case status; dates as 2026-06-30.
    init(status: String?, department: Int?, window: Int?, text: String?, from: String?, to: String?, limit: Int?, offset: Int?) throws {
        switch status {
        case nil, "all": statuses = nil
        case "open": statuses = [.inTime, .yellow, .red]
        case "completed": statuses = [.completedInTime, .completedLate]
        case "abnormal": abnormalOnly = true
        case let s?:
            guard let status = CaseStatus(rawValue: s) else {
                throw AppError.badRequest("invalid_status", zh: "状态“\(s)”无效。", en: "Invalid status \(s).", field: "status")
            }
            statuses = [status]
        }
        self.department = department; self.window = window; self.text = text
        self.from = try from.map { try Self.day($0, "from") }; self.to = try to.map { try Self.day($0, "to") }
        self.limit = min(max(limit ?? 50, 1), 500); self.offset = max(offset ?? 0, 0)
    }

    static func day(_ s: String, _ field: String) throws -> CivilDate {
        guard let d = CivilDate(iso: s) else {
            throw AppError.badRequest("invalid_date", zh: "日期“\(s)”无效（应如2026-06-30）。", en: "Invalid date \(s).", field: field)
        }
        return d
    }

    func matches(_ c: ServiceCase, _ e: CaseEvaluation, names: CentreNames) -> Bool {
        if let statuses, !statuses.contains(e.status) { return false }
        if abnormalOnly && !e.isAbnormal { return false }
        if let department, c.departmentID != department { return false }
        if let window, c.windowID != window { return false }
        if from != nil || to != nil {
            let day = c.acceptedDay
            if let from, day < from { return false }
            if let to, day > to { return false }
        }
        if let text, !c.number.contains(text), !c.applicant.contains(text), names.items[c.itemID]?.name.contains(text) != true { return false }
        return true
    }
}
