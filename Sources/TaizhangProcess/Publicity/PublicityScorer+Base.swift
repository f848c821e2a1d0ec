import Foundation
import TaizhangDomain

extension PublicityScorer {
    /// The reporting plans of a kind's information reporting (SPEC §4.5): plans for the
    /// kind's flag whose report type the rule set lists (the defaults are plans 3–10 of
    /// `ReportingPlan.defaults()`).
    public static func informationPlans(_ kind: CreationKind, plans: [ReportingPlan], rules: ProcessRuleSet) -> [ReportingPlan] {
        let rule = rules.kind(kind)
        return plans.filter { $0.appliesTo.flags.contains(rule.flag) && rule.informationReportTypes.contains($0.reportType) }
    }

    /// SPEC §4.6 base: "every periodic report due in the scoring period" — each period of
    /// each information plan whose due date falls inside the window and for which a report
    /// was expected of the unit (`ReportingPlan.expects`: none for periods before the
    /// creation started, so 2024Q4 is not a gap of a creation begun in 2025), judged by
    /// `Timeliness.evaluate` (on time until the end of the due day, Beijing time; the
    /// first submission counts). Ordered by due date, then plan.
    public static func reportChecks(_ creation: Creation, window: ScoringPeriod, plans: [ReportingPlan], reports: [ReportRecord],
                                    rules: ProcessRuleSet, now: Date) -> [ReportCheck] {
        var first: [String: Date] = [:]
        for r in reports where r.unitID == creation.unitID {
            guard let at = r.firstSubmittedAt else { continue }
            let key = "\(r.planID)|\(r.period.code)"
            first[key] = min(first[key] ?? at, at)
        }
        var out: [ReportCheck] = []
        // The unit as the plans see it: reached by its flag, bound from its creation's start.
        let unit = Unit(id: creation.unitID, parentID: nil, kind: .other, name: "", flags: [rules.kind(creation.kind).flag],
                        creationStartsOn: creation.startsOn)
        for plan in informationPlans(creation.kind, plans: plans, rules: rules) {
            var p = Period.containing(window.start.adding(days: -400), kind: plan.periodKind)
            while p.start <= window.end {
                let due = plan.dueDate(for: p)
                if plan.expects(unit, for: p) && window.contains(due) {
                    let at = first["\(plan.id)|\(p.code)"]
                    out.append(ReportCheck(planID: plan.id, planName: plan.name, period: p, dueDate: due, firstSubmittedAt: at,
                                           status: Timeliness.evaluate(dueDate: due, firstSubmittedAt: at, now: now)))
                }
                p = p.next
            }
        }
        return out.sorted { ($0.dueDate, $0.planID) < ($1.dueDate, $1.planID) }
    }
}
