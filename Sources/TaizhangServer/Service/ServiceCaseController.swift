import Fluent
import Foundation
import TaizhangDomain
import TaizhangService
import Vapor

/// SPEC §7 电子监察: the case board (cards per department and window), case lists by
/// computed status, and one case with everything on file about it.
enum ServiceCaseController {
    struct ListResponse: Content { var total: Int; var counts: StatusCounts; var cases: [CaseView] }

    /// GET …/cases?status=&department=&window=&q=&from=&to=&limit=&offset=
    static func list(req: Request) async throws -> ListResponse { try await list(req, centre: try req.pathID(), filter: try CaseFilter(req)) }

    static func list(_ req: Request, centre: Int, filter: CaseFilter) async throws -> ListResponse {
        let access = try await req.centreAccess(centre)
        let (cases, evaluations, rules) = try await req.evaluatedCases(access.centre)
        let names = try await CentreNames.load(req, centre: access.centre, tree: access.scope.tree)
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
                            cases: page.map { CaseView(cases[$0], evaluations[$0], names: names, rules: rules, language: req.language) })
    }

    struct Detail: Content {
        var `case`: CaseView
        var steps: [CaseStep]
        var orders: [OrderView]
        var ratings: [Rating]
        var fixes: [RatingFix]
        var invitations: [Invitation]
    }

    /// One case; a supervisor's look is counted for the online supervision figures.
    static func get(req: Request) async throws -> Detail {
        let id = try req.pathID()
        guard let centre = try await ServiceStore.centreOf(case: id, on: req.db) else { throw AppError.notFound("Case", zh: "该办件") }
        let access = try await req.centreAccess(centre)
        guard let c = try await req.serviceStore.cases(centre, ids: [id]).first, access.mayRead(department: c.departmentID) else {
            throw AppError.notFound("Case", zh: "该办件")
        }
        let rules = try await req.serviceStore.rules()
        let e = CaseEvaluator(rules: rules.cases, table: req.workingDays(around: req.today)).evaluate(c, asOf: req.today)
        let names = try await CentreNames.load(req, centre: centre, tree: access.scope.tree)
        if access.supervises { try await OnlineSupervision.record(req, "view_case", centre: centre, entityID: id) }
        let store = req.serviceStore
        let ratings = try await store.ratings(centre, caseIDs: [id])
        let ratingIDs = Set(ratings.map(\.id))
        return Detail(case: CaseView(c, e, names: names, rules: rules, language: req.language), steps: c.steps,
                      orders: try await store.orders(centre, caseIDs: [id]).map { OrderView($0, today: req.today, rules: rules) },
                      ratings: ratings, fixes: try await store.fixes(centre).filter { ratingIDs.contains($0.ratingID) },
                      invitations: try await ServiceInvitationModel.query(on: req.db).filter(\.$caseID == id).all().map(\.domain))
    }
}

/// The filters of a case list.
struct CaseFilter {
    var statuses: Set<CaseStatus>?
    var abnormalOnly = false
    var department: Int?
    var window: Int?
    var text: String?
    var from: CivilDate?
    var to: CivilDate?
    var limit = 50
    var offset = 0

    init(_ req: Request) throws {
        switch req.queryText("status") {
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
        department = req.query[Int.self, at: "department"]; window = req.query[Int.self, at: "window"]; text = req.queryText("q")
        from = try req.queryText("from").map { try Self.day($0, "from") }; to = try req.queryText("to").map { try Self.day($0, "to") }
        limit = min(max(req.query[Int.self, at: "limit"] ?? 50, 1), 500); offset = max(req.query[Int.self, at: "offset"] ?? 0, 0)
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
