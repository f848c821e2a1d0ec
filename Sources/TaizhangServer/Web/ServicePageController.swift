import Foundation
import TaizhangDomain
import TaizhangService
import TaizhangWeb
import Vapor

/// /service — the case board; /service/cases — cases by status; /service/cases/:id — one
/// case with its 督办 forms. Everything reads and writes through the service use cases
/// (UseCases/Service), the same functions the /api/service routes call.
enum ServicePageController {
    static func board(req: Request) async throws -> Response {
        let s = try await req.serviceSession()
        let lang = s.lang
        let period = try req.queryText("period").map(Period.parse) ?? Period.containing(req.today, kind: .halfYear)
        let board = try await ServiceRates.board(centre: s.centre, in: s.service)
        let rates = try await ServiceRates.rates(centre: s.centre, period: period, in: s.service)
        let numbers = Dictionary((board.red + board.yellow + board.abnormal).map { ($0.id, $0.number) }, uniquingKeysWith: { a, _ in a })
        func counts(_ c: StatusCounts) -> ServiceBoardPage.Counts {
            .init(open: c.open, inTime: c.inTime, yellow: c.yellow, red: c.red, abnormal: c.abnormalOpen)
        }
        let byWindow = Dictionary(rates.windows.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let byDept = Dictionary(rates.departments.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func pct(_ g: ServiceRates.GroupRates?) -> [Double?] { (g?.rates ?? []).prefix(3).map(\.percent) }
        var orderNumbers = numbers
        for o in board.openOrders where orderNumbers[o.order.caseID] == nil {
            orderNumbers[o.order.caseID] = try await s.service.store.cases(s.centre, ids: [o.order.caseID]).first?.number
        }
        let model = ServiceBoardPage.Model(
            centreName: s.access.scope.tree[s.centre]?.name ?? "", asOf: board.asOf, periodLabel: rates.label, periodCode: period.code,
            periodOptions: ServiceRows.periods(.halfYear, count: 4, today: req.today, lang) + ServiceRows.periods(.month, count: 6, today: req.today, lang),
            now: counts(board.total),
            rates: rates.total.rates.map { .init(name: $0.name, percent: $0.percent, parts: partsText($0), definition: $0.definition) },
            figures: [(lang.text(.svcAccepted), rates.total.accepted), (lang.text(.svcCompleted), rates.total.completed),
                      (lang.text(.svcAbnormal), rates.total.abnormal)] + rates.orders.map { ($0.name, $0.count) }
                + [(lang.text(.svcLogins), rates.logins), (lang.text(.svcViews), rates.casesViewed)],
            departments: board.departments.map { d in
                .init(name: d.name, counts: counts(d.counts), rates: pct(byDept[d.id]),
                      windows: (d.windows ?? []).map { .init(name: $0.name, counts: counts($0.counts), rates: pct(byWindow[$0.id])) })
            },
            red: board.red.map(ServiceRows.row), yellow: board.yellow.map(ServiceRows.row), abnormal: board.abnormal.map(ServiceRows.row),
            orders: board.openOrders.map { ServiceRows.order($0, caseNumber: orderNumbers[$0.order.caseID] ?? "", lang) },
            canImport: s.access.supervises)
        return req.html(ServiceBoardPage.render(model, s.ctx)).clearingFlash(req)
    }

    static func partsText(_ r: RateDTO) -> String {
        r.code.hasPrefix("speed") || r.code.hasPrefix("promised")
            ? "n = \(r.denominator)" : "\(Int(r.numerator)) / \(r.denominator)"
    }

    static func cases(req: Request) async throws -> Response {
        let s = try await req.serviceSession()
        let lang = s.lang
        var filter = try CaseFilter(req)
        let page = max(req.query[Int.self, at: "page"] ?? 1, 1)
        filter.limit = 50; filter.offset = (page - 1) * 50
        let list = try await ServiceCases.list(centre: s.centre, filter: filter, in: s.service)
        let rules = try await s.service.store.rules()
        let statuses: [(String, String)] = [("open", lang.text(.svcOpen))] + CaseStatus.allCases.map { ($0.rawValue, rules.cases.status($0).text(lang)) }
            + [("abnormal", lang.text(.svcAbnormal))]
        let model = ServiceCasesPage.Model(
            status: req.queryText("status") ?? "", department: req.queryText("department") ?? "", query: req.queryText("q") ?? "",
            departments: s.access.scope.tree.children(of: s.centre).filter { s.access.mayRead(department: $0.id) }.map { ($0.id, $0.name) },
            statuses: statuses, rows: list.cases.map(ServiceRows.row), total: list.total, page: page,
            pageCount: max(1, (list.total + 49) / 50))
        return req.html(ServiceCasesPage.render(model, s.ctx)).clearingFlash(req)
    }

    static func detail(req: Request) async throws -> Response {
        let s = try await req.serviceSession()
        let lang = s.lang
        let d = try await ServiceCases.get(try req.pathID(), in: s.service)
        let c = d.case
        let rules = try await s.service.store.rules()
        let access = try s.service.access(try await s.service.centreOf(case: c.id))
        let levels: [(code: String, name: String)] = rules.supervision.levels.enumerated()
            .filter { $0.offset == 0 ? access.supervises : access.manages }.map { ($0.element.code, $0.element.term.text(lang)) }
        let days = lang.text(.svcWorkingDays)
        let model = ServiceCasePage.Model(
            row: ServiceRows.row(c), applicant: c.applicant, staff: c.staff ?? "—", department: c.department.name,
            statutory: "\(c.statutoryDays)" + days, promised: "\(c.promisedDays)" + days,
            usedDays: c.usedDays, completedAt: c.completedAt.map(StepTextStamp.text),
            outcome: c.outcome.flatMap(CaseOutcome.init(rawValue:)).map(\.chinese), reason: c.reason,
            steps: steps(d.steps, overruns: c.stepOverruns), orders: d.orders.map { ServiceRows.order($0, caseNumber: c.number, lang) },
            ratings: d.ratings.map { rating($0, rules: rules, lang) },
            levels: levels, canRespond: access.mayAnswer(department: c.department.id), canClose: access.supervises, canEscalate: access.manages)
        return req.html(ServiceCasePage.render(model, s.ctx)).clearingFlash(req)
    }

    static func steps(_ steps: [CaseStep], overruns: [StepOverrun]) -> [ServiceCasePage.Step] {
        var byCode: [String: StepOverrun] = [:]
        for o in overruns { byCode[o.code] = o }
        return steps.map { st in
            ServiceCasePage.Step(name: st.name, started: StepTextStamp.text(st.startedAt), finished: st.finishedAt.map(StepTextStamp.text) ?? "—",
                                 limit: st.limitDays, used: byCode[st.code]?.usedDays, overrun: byCode[st.code] != nil)
        }
    }

    static func rating(_ r: Rating, rules: ServiceRuleSet, _ lang: Language) -> ServiceCasePage.RatingLine {
        let appeal = r.appeal.map { a -> String in
            let decision = a.decision.map { " → " + ($0.upheld ? lang.text(.svcUpheld) : lang.text(.svcRejected)) } ?? ""
            return lang.text(.svcAppeal) + "：" + a.reason + decision
        }
        return ServiceCasePage.RatingLine(level: rules.ratings.level(r.level)?.term.text(lang) ?? r.level,
                                          channel: rules.ratings.channel(r.channel)?.text(lang) ?? r.channel,
                                          at: StepTextStamp.text(r.ratedAt), comment: r.comment, note: appeal ?? "")
    }
}

/// Beijing date and time for the pages: 2026-03-02 09:10.
enum StepTextStamp {
    static func text(_ d: Date) -> String { StepText.stamp(d, seconds: false) }
}
