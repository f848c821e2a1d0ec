import Foundation
import TaizhangDomain

/// The reporting facts a summary draws on, as pure functions of the plans and the first
/// submission instants (the same rule as the supervisor's matrix, `ReportingMatrix`):
/// late and missing reports inside the period, and reports falling due in the next one.
public enum ReportingFacts {
    /// First submission instant per plan id → unit id → period code.
    public typealias FirstSubmitted = [Int: [Int: [String: Date]]]

    /// The periods of `plan` that lie inside `period` and that the plan applies to.
    public static func periods(of plan: ReportingPlan, within period: Period) -> [Period] {
        Period.range(Period.containing(period.start, kind: plan.periodKind), through: Period.containing(period.end, kind: plan.periodKind))
            .filter { period.contains($0) && plan.applies(to: $0) }
    }

    /// Every report of `units` for a period inside `period` that came late or not at all, as
    /// of `now`. `naming`: prefix the unit's name (a roll-up lists its units' reports).
    public static func issues(plans: [ReportingPlan], units: [TaizhangDomain.Unit], period: Period, firstSubmitted: FirstSubmitted,
                              now: Date, naming: Bool) -> [ReportIssue] {
        var out: [ReportIssue] = []
        for plan in plans {
            let periods = periods(of: plan, within: period)
            let applicable = units.filter(plan.applies(to:))
            guard !periods.isEmpty, !applicable.isEmpty else { continue }
            let matrix = ReportingMatrix.compute(plan: plan, units: applicable, periods: periods,
                                                 firstSubmitted: firstSubmitted[plan.id] ?? [:], now: now)
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

    /// Every report of `unit` whose due date falls inside `window` (the period after the
    /// summary's), submitted or not: the plans are what the period ahead holds, the same
    /// whatever day the draft is made. The summary itself (`excluding`) is left out.
    /// A roll-up passes its children in `units` too: what they must report is what it must see to.
    public static func deadlines(plans: [ReportingPlan], unit: TaizhangDomain.Unit, alsoFor units: [TaizhangDomain.Unit] = [],
                                 window: Period, excluding: Period) -> [UpcomingDeadline] {
        var out: [UpcomingDeadline] = []
        for plan in plans where ([unit] + units).contains(where: plan.applies(to:)) {
            var p = Period.containing(window.start.adding(days: -400), kind: plan.periodKind)
            while p.start <= window.end {
                let due = plan.dueDate(for: p)
                if plan.applies(to: p), window.contains(due), p != excluding {
                    out.append(UpcomingDeadline(name: p.chineseLabel + plan.name, due: due, planID: plan.id, planName: plan.name,
                                                periodKind: plan.periodKind, dueRule: plan.dueRule))
                }
                p = p.next
            }
        }
        return out.sorted { ($0.due, $0.planID) < ($1.due, $1.planID) }
    }
}

/// 成文日期: a summary is dated at its period's summary due date (the unit's half-year
/// summary plan, "期满后10日内" by default), or at the day it is made if that is earlier.
public enum SummaryDate {
    /// Used when no plan sets when the summary is due.
    public static let defaultRule = DueRule.daysAfterPeriodEnd(10)

    /// The due date of the summary for `period`: the plan of report type `*summary` and the
    /// same period kind that applies to the unit, else any such plan, else `defaultRule`.
    public static func due(period: Period, unit: TaizhangDomain.Unit?, plans: [ReportingPlan]) -> CivilDate {
        let summaries = plans.filter { $0.periodKind == period.kind && $0.reportType.hasSuffix("summary") }
        let own = unit.flatMap { u in summaries.first { $0.applies(to: u) } } ?? summaries.first
        return (own?.dueRule ?? defaultRule).dueDate(for: period)
    }

    public static func writtenOn(period: Period, unit: TaizhangDomain.Unit?, plans: [ReportingPlan], today: CivilDate) -> CivilDate {
        min(due(period: period, unit: unit, plans: plans), today)
    }
}
