import Foundation

/// Writes the submissions of every township under every plan that applies to it, for
/// each period of the last two years whose due date has come: mostly on time, some
/// late, a few missing, a couple returned and resubmitted, the latest ones still in
/// the pipeline. Every event lies in Beijing office hours before `today` began.
struct DemoSubmissionWriter {
    var layout: DemoLayout
    var plans: [ReportingPlan]
    var entries: [LedgerEntry]
    var catalog: Catalog
    var start: CivilDate
    var today: CivilDate

    enum Fate { case onTime, late, missing }

    /// How far a submission gets before `today`: 1 submitted, 2 leader-approved, 3 accepted.
    typealias Stage = Int

    func submissions() -> [DemoSubmission] {
        var out: [DemoSubmission] = []
        for plan in plans {
            let periods = duePeriods(plan)
            for t in layout.townships where plan.applies(to: t.unit) {
                var rng = SplitMix64(seed: DemoDataset.seed, label: "submissions/\(plan.id)/\(t.info.slug)")
                for (k, period) in periods.enumerated() where plan.expects(t.unit, for: period) {
                    let fromLatest = periods.count - 1 - k
                    let (fate, stage) = forced(plan, t, fromLatest) ?? firstHalfYearOfCreation(plan, t, period)
                        ?? (randomFate(t, &rng), 3)
                    guard fate != .missing else { continue }
                    let events = history(plan, t, period, fate: fate, stage: stage, rng: &rng)
                    if events.isEmpty && plan.dueDate(for: period) < today { continue } // would have been late: not yet in
                    out.append(submission(plan, t, period, events: events))
                }
                if let current = periods.last?.next ?? firstPeriod(plan), current.start <= today,
                   plan.id == plans.first?.id, [1, 4].contains(t.index) {
                    out.append(submission(plan, t, current, events: [])) // a draft for the period under way
                }
            }
        }
        return out
    }

    private func firstPeriod(_ plan: ReportingPlan) -> Period? {
        var p = Period.containing(start, kind: plan.periodKind)
        if p.start < start { p = p.next }
        return plan.applies(to: p) ? p : nil
    }

    /// Periods that began on or after `start` and whose due date is not after today.
    func duePeriods(_ plan: ReportingPlan) -> [Period] {
        guard var p = firstPeriod(plan) else { return [] }
        var out: [Period] = []
        while plan.dueDate(for: p) <= today {
            if plan.applies(to: p) { out.append(p) }
            p = p.next
        }
        return out
    }

    /// Fixed outcomes on the main plan so every demo shows each case.
    private func forced(_ plan: ReportingPlan, _ t: DemoLayout.Township, _ fromLatest: Int) -> (Fate, Stage)? {
        guard plan.id == plans.first?.id else { return nil }
        switch (t.index, fromLatest) {
        case (DemoNames.laggard, 2): return (.missing, 3)
        case (2, 1): return (.late, 3)
        case (4, 0): return (.onTime, 1)
        case (3, 0): return (.onTime, 2)
        default: return nil
        }
    }

    /// A zone or project starts its creation diligently: every report that falls due in the
    /// creation's first half-year goes in on time, so the demo shows a publicity base earned.
    private func firstHalfYearOfCreation(_ plan: ReportingPlan, _ t: DemoLayout.Township, _ period: Period) -> (Fate, Stage)? {
        guard !plan.appliesTo.flags.isDisjoint(with: t.unit.flags), let start = t.unit.creationStartsOn else { return nil }
        let firstHalf = Period.containing(start, kind: .halfYear)
        return firstHalf.contains(plan.dueDate(for: period)) ? (.onTime, 3) : nil
    }

    private func randomFate(_ t: DemoLayout.Township, _ rng: inout SplitMix64) -> Fate {
        let r = rng.unit(), slack = 1 - t.info.diligence
        return r < slack * 0.3 ? .missing : r < slack ? .late : .onTime
    }
}
