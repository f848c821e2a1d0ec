import Fluent
import Foundation
import TaizhangDomain
import TaizhangService

/// SPEC §7: the board (cards per department and window, the cases needing action) and
/// the rates of a period with their written definitions, per department and window, the
/// orders issued per level and the online supervision figures. Shared by the API
/// (`ServiceRateController`) and the board page.
enum ServiceRates {
    struct GroupRates: Codable, Sendable {
        var id: Int; var name: String
        var accepted: Int; var completed: Int; var completedInTime: Int; var abnormal: Int; var open: Int; var yellow: Int; var red: Int
        var rates: [RateDTO]

        init(id: Int, name: String, _ c: RateCounts, rules: ServiceRuleSet, language: Language) {
            self.id = id; self.name = name; accepted = c.accepted; completed = c.completed; completedInTime = c.completedInTime
            abnormal = c.abnormal; open = c.open; yellow = c.yellow; red = c.red
            rates = c.figures(rules).map { RateDTO($0, language) }
        }
    }
    struct LevelCount: Codable, Sendable { var level: String; var name: String; var count: Int }
    struct RatesResponse: Codable, Sendable {
        var period: String; var label: String; var cutoff: CivilDate; var asOf: CivilDate
        var total: GroupRates; var departments: [GroupRates]; var windows: [GroupRates]
        var orders: [LevelCount]; var logins: Int; var casesViewed: Int
    }

    static func rates(centre: Int, period: Period, in ctx: ServiceContext) async throws -> RatesResponse {
        let access = try ctx.access(centre), today = ctx.today
        let (cases, evaluations, rules) = try await ctx.evaluatedCases(access.centre)
        let names = try await ctx.names(access.centre)
        let table: RateTable
        if access.seesAll {
            table = RateTable.compute(cases, evaluations, period: period, asOf: today)
        } else {
            let visible = cases.indices.filter { access.mayRead(department: cases[$0].departmentID) }
            table = RateTable.compute(visible.map { cases[$0] }, visible.map { evaluations[$0] }, period: period, asOf: today)
        }
        let lang = ctx.language
        let orders = try await ctx.store.orders(access.centre)
            .filter { period.contains($0.issuedOn) && access.mayRead(department: $0.departmentID) }
        let online = access.seesAll ? try await OnlineSupervision.counts(centre: access.centre, period: period, on: ctx.db) : (0, 0)
        return RatesResponse(
            period: period.code, label: period.label(lang), cutoff: table.cutoff, asOf: today,
            total: GroupRates(id: access.centre, name: access.scope.tree[access.centre]?.name ?? "", table.total, rules: rules, language: lang),
            departments: names.departments.keys.sorted().filter(access.mayRead).map {
                GroupRates(id: $0, name: names.departments[$0] ?? "", table.byDepartment[$0] ?? RateCounts(), rules: rules, language: lang)
            },
            windows: names.windows.values.sorted { $0.number < $1.number }.filter { access.mayRead(department: $0.departmentID) }.map {
                GroupRates(id: $0.id, name: $0.label, table.byWindow[$0.id] ?? RateCounts(), rules: rules, language: lang)
            },
            orders: rules.supervision.levels.map { l in LevelCount(level: l.code, name: l.term.text(lang), count: orders.filter { $0.level == l.code }.count) },
            logins: online.0, casesViewed: online.1)
    }

    struct Group: Codable, Sendable { var id: Int; var name: String; var counts: StatusCounts; var windows: [Group]? }
    struct Board: Codable, Sendable {
        var asOf: CivilDate; var total: StatusCounts; var departments: [Group]
        var red: [CaseView]; var yellow: [CaseView]; var abnormal: [CaseView]; var openOrders: [OrderView]
    }

    /// The board; a supervisor's first look of the day counts as a login (online supervision).
    static func board(centre: Int, in ctx: ServiceContext) async throws -> Board {
        let access = try ctx.access(centre), today = ctx.today
        if access.supervises { try await OnlineSupervision.record(OnlineSupervision.login, centre: access.centre, in: ctx) }
        let (cases, evaluations, rules) = try await ctx.evaluatedCases(access.centre)
        let names = try await ctx.names(access.centre)
        var total = StatusCounts(), byDept: [Int: StatusCounts] = [:], byWindow: [Int: StatusCounts] = [:]
        var red: [Int] = [], yellow: [Int] = [], abnormal: [Int] = []
        for i in cases.indices where access.mayRead(department: cases[i].departmentID) {
            let e = evaluations[i]
            total.add(e); byDept[cases[i].departmentID, default: StatusCounts()].add(e)
            if let w = cases[i].windowID { byWindow[w, default: StatusCounts()].add(e) }
            if e.status == .red { red.append(i) } else if e.status == .yellow { yellow.append(i) }
            if e.isAbnormal { abnormal.append(i) }
        }
        let view = { (i: Int) in CaseView(cases[i], evaluations[i], names: names, rules: rules, language: ctx.language) }
        let departments = names.departments.keys.sorted().filter(access.mayRead).map { d in
            Group(id: d, name: names.departments[d] ?? "", counts: byDept[d] ?? StatusCounts(),
                  windows: names.windows.values.filter { $0.departmentID == d }.sorted { $0.number < $1.number }
                    .map { Group(id: $0.id, name: $0.label, counts: byWindow[$0.id] ?? StatusCounts(), windows: nil) })
        }
        let orders = try await ctx.store.orders(access.centre)
            .filter { $0.closedOn == nil && access.mayRead(department: $0.departmentID) }
            .map { OrderView($0, today: today, rules: rules) }
        return Board(asOf: today, total: total, departments: departments,
                     red: red.sorted { (evaluations[$0].daysLeft ?? 0) < (evaluations[$1].daysLeft ?? 0) }.prefix(20).map(view),
                     yellow: yellow.prefix(20).map(view), abnormal: abnormal.suffix(20).reversed().map(view), openOrders: orders)
    }
}
