import Fluent
import Foundation
import TaizhangDomain
import TaizhangSummary

/// Late and missing reports inside a period, and the next deadlines after it, from the
/// reporting plans and first-submission times (the same rule as the matrix).
struct ReportingLoader {
    var db: any Database
    var now: Date
    var plans: [ReportingPlan]

    init(db: any Database, now: Date) async throws {
        self.db = db; self.now = now
        plans = try await PlanModel.active(on: db)
    }

    /// Every report of `units` whose period lies inside `period` and that came late or not at
    /// all. `naming`: prefix the unit's name (a roll-up lists its units' reports).
    func issues(units: [DomainUnit], period: Period, naming: Bool) async throws -> [ReportIssue] {
        var out: [ReportIssue] = []
        for plan in plans {
            let periods = Period.range(Period.containing(period.start, kind: plan.periodKind),
                                       through: Period.containing(period.end, kind: plan.periodKind))
                .filter { period.contains($0) && plan.applies(to: $0) }
            let applicable = units.filter(plan.applies(to:))
            guard !periods.isEmpty, !applicable.isEmpty else { continue }
            let submitted = try await MatrixStore.firstSubmitted(planID: plan.id, periods: periods, on: db)
            let matrix = ReportingMatrix.compute(plan: plan, units: applicable, periods: periods, firstSubmitted: submitted, now: now)
            for row in matrix.rows {
                for (p, cell) in zip(matrix.periods, row.cells) where cell.status == .late || cell.status == .missing {
                    out.append(ReportIssue(kind: cell.status == .late ? .late : .missing,
                                           name: (naming ? row.unitName : "") + p.chineseLabel + plan.name,
                                           refID: "\(row.unitID):\(plan.id):\(p.code)"))
                }
            }
        }
        return out
    }

    /// Per plan the unit reports under, the first report due from today on (within half a
    /// year of the period) that it has not yet submitted.
    func deadlines(unit: DomainUnit, after period: Period) async throws -> [UpcomingDeadline] {
        let today = CivilDate(now)
        var out: [UpcomingDeadline] = []
        for plan in plans where plan.applies(to: unit) {
            let candidates = Period.range(Period.containing(period.end, kind: plan.periodKind),
                                          through: Period.containing(period.end.adding(days: SummarySourceLoader.lookAheadDays), kind: plan.periodKind))
                .filter { plan.applies(to: $0) && plan.dueDate(for: $0) >= today }
            guard !candidates.isEmpty else { continue }
            let submitted = try await MatrixStore.firstSubmitted(planID: plan.id, periods: candidates, on: db)[unit.id] ?? [:]
            if let next = candidates.first(where: { submitted[$0.code] == nil }) {
                out.append(UpcomingDeadline(name: next.chineseLabel + plan.name, due: plan.dueDate(for: next), planID: plan.id))
            }
        }
        return out
    }
}
