import Fluent
import Foundation
import TaizhangDomain
import TaizhangWeb
import Vapor

/// Drilling into one unit, and ranking the units below the current one.
extension SupervisorPageController {
    /// GET /units/{id}: the unit's last twelve periods per plan, progress against this
    /// year's targets, its monthly trend and recent submissions.
    static func unit(req: Request) async throws -> Response {
        let (ctx, _, scope) = try await req.pageSession()
        let id = try req.pathID()
        guard let target = scope.tree[id] else { throw AppError.notFound("Unit", zh: "该单位") }
        guard scope.can(.read, on: id) else { throw AppError.forbidden }
        let today = CivilDate(req.now)
        let catalog = try await req.catalog()
        var history: [UnitPage.PlanHistory] = []
        for plan in try await PlanModel.active(on: req.db) where plan.applies(to: target) {
            let current = Period.containing(today, kind: plan.periodKind)
            let periods = Period.range(current.offset(by: -11), through: current)
            let m = ReportingMatrix.compute(plan: plan, units: [target], periods: periods,
                                            firstSubmitted: try await MatrixStore.firstSubmitted(planID: plan.id, periods: periods, on: req.db),
                                            now: req.now)
            let grid = MatrixPage.Grid(m, submissionIDs: try await submissionIDs(planID: plan.id, periods: m.periods, units: [id], on: req.db))
            if let row = grid.rows.first { history.append(.init(planName: plan.name, periods: grid.periods, row: row)) }
        }
        let submissions = try await SubmissionModel.query(on: req.db).filter(\.$unitID == id)
            .sort(\.$updatedAt, .descending).range(0..<10).all()
        let liaison = try await LiaisonModel.query(on: req.db).filter(\.$unitID == id).filter(\.$until == nil)
            .sort(\.$from, .descending).first()
        let open = try await RectificationItemModel.query(on: req.db).filter(\.$unitID == id).filter(\.$closedOn == nil).count()
        let model = UnitPage.Model(
            unitName: target.name,
            ancestors: scope.tree.ancestors(of: id).reversed().filter { scope.can(.read, on: $0.id) }.map { .init(id: $0.id, name: $0.name) },
            kind: target.kind, liaison: liaison.map(\.name), history: history,
            progress: try await HomePageController.progress(unit: target, scope: scope, year: today.year, catalog: catalog, today: today, lang: ctx.lang,
                                                                schedule: req.application.appConfig.schedule, on: req.db),
            trend: try await HomePageController.trend(unit: target, today: today, catalog: catalog, lang: ctx.lang, on: req.db),
            submissions: WebRows.submissions(submissions, tree: scope.tree, plans: try await PlanModel.byID(on: req.db), now: req.now),
            openRectifications: open)
        return req.html(UnitPage.render(model, ctx)).clearingFlash(req)
    }

    /// GET /rankings?metric=&period=: the units directly below the current one, by
    /// reporting rate, on-time rate (all plans, the periods inside `period` that are due)
    /// or an indicator's total over each unit's subtree.
    static func rankings(req: Request) async throws -> Response {
        let (ctx, unit, scope) = try await req.pageSession()
        let catalog = try await req.catalog()
        let today = CivilDate(req.now)
        let zh = ctx.lang != .en
        let metrics = [Choice("reporting_rate", zh ? "报送率" : "Reporting rate"), Choice("on_time_rate", zh ? "按时报送率" : "On-time rate")]
            + catalog.indicators.map { Choice($0.code, zh ? $0.name : $0.nameEn) }
        let metric = metrics.first { $0.value == req.queryText("metric") }?.value ?? "reporting_rate"
        let half = Period.containing(today, kind: .halfYear), quarter = Period.containing(today, kind: .quarter)
        let periods: [Period] = [.year(today.year), half, half.previous, quarter, quarter.previous, .year(today.year - 1)]
        let period = periods.first { $0.code == req.queryText("period") } ?? .year(today.year)
        let units = scope.tree.children(of: unit.id).filter { scope.can(.read, on: $0.id) }
        let own = Set(ctx.units.map(\.id))
        var rows: [RankingsPage.Row] = []
        if let indicator = catalog[metric] {
            for u in units {
                let ids = scope.readableIDs(root: u.id, subtree: true)
                let total = try await AggregateStore.totals(units: ids, period: period, catalog: catalog, on: req.db)
                    .first { $0.indicator == metric }?.value ?? 0
                rows.append(.init(unitID: u.id, unitName: u.name, value: total,
                                  valueText: total.compact + indicator.measureWord, own: own.contains(u.id)))
            }
        } else {
            var stats: [Int: (expected: Int, actual: Int, onTime: Int)] = [:]
            for plan in try await PlanModel.active(on: req.db) {
                let inside = Period.range(Period.containing(period.start, kind: plan.periodKind),
                                          through: Period.containing(period.end, kind: plan.periodKind)).filter { period.contains($0) }
                guard !inside.isEmpty else { continue }
                let m = ReportingMatrix.compute(plan: plan, units: units, periods: inside,
                                                firstSubmitted: try await MatrixStore.firstSubmitted(planID: plan.id, periods: inside, on: req.db),
                                                now: req.now)
                for r in m.rows {
                    let s = stats[r.unitID] ?? (0, 0, 0)
                    stats[r.unitID] = (s.expected + r.stats.expected, s.actual + r.stats.actual, s.onTime + r.stats.onTime)
                }
            }
            for u in units {
                guard let s = stats[u.id], s.expected > 0 else { continue }
                let count = metric == "on_time_rate" ? s.onTime : s.actual
                let rate = Double(count) / Double(s.expected)
                rows.append(.init(unitID: u.id, unitName: u.name, value: rate,
                                  valueText: "\(Int((rate * 100).rounded()))% (\(count)/\(s.expected))", own: own.contains(u.id)))
            }
        }
        rows.sort { $0.value == $1.value ? $0.unitName < $1.unitName : $0.value > $1.value }
        let model = RankingsPage.Model(metrics: metrics, metric: metric, periods: periods, period: period, rows: rows)
        return req.html(RankingsPage.render(model, ctx)).clearingFlash(req)
    }
}
