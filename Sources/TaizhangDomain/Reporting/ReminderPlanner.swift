import Foundation

/// A reminder the scheduled job should produce. Its `key` makes it idempotent: one
/// reminder per unit, plan, period and kind, however often the job runs.
public struct Reminder: Hashable, Sendable, Codable {
    public enum Kind: String, Codable, Sendable { case approaching, overdue }
    public var unitID: Int
    public var planID: Int
    public var period: Period
    public var kind: Kind
    public var dueDate: CivilDate

    public init(unitID: Int, planID: Int, period: Period, kind: Kind, dueDate: CivilDate) {
        self.unitID = unitID; self.planID = planID; self.period = period; self.kind = kind; self.dueDate = dueDate
    }

    public var key: String { "\(unitID)/\(planID)/\(period.code)/\(kind.rawValue)" }

    public var chineseMessage: String {
        switch kind {
        case .approaching: "\(period.chineseLabel)报送截止日期为\(dueDate.chinese)，请按时报送。"
        case .overdue: "\(period.chineseLabel)报送已于\(dueDate.chinese)截止，贵单位尚未报送，请尽快补报。"
        }
    }
}

public enum ReminderPlanner {
    /// Reminders due at `now`: "approaching" within `remindDaysBefore` days of the due
    /// date for units that have not submitted, "overdue" after it. Looks back
    /// `lookbackPeriods` periods so an old gap is still chased but not forever.
    public static func due(now: Date, plans: [ReportingPlan], units: [Unit],
                           submitted: Set<String>, lookbackPeriods: Int = 2) -> [Reminder] {
        let today = CivilDate(now)
        var out: [Reminder] = []
        for plan in plans {
            let current = Period.containing(today, kind: plan.periodKind)
            let candidates = (1...max(1, lookbackPeriods)).map { current.offset(by: -$0) } + [current]
            for period in candidates where plan.applies(to: period) {
                let due = plan.dueDate(for: period)
                let daysLeft = today.days(until: due)
                let kind: Reminder.Kind
                if daysLeft < 0 { kind = .overdue }
                else if daysLeft <= plan.remindDaysBefore { kind = .approaching }
                else { continue }
                for unit in units where plan.expects(unit, for: period)
                    && !submitted.contains(submissionKey(unitID: unit.id, planID: plan.id, period: period)) {
                    out.append(Reminder(unitID: unit.id, planID: plan.id, period: period, kind: kind, dueDate: due))
                }
            }
        }
        return out
    }

    public static func submissionKey(unitID: Int, planID: Int, period: Period) -> String {
        "\(unitID)/\(planID)/\(period.code)"
    }
}
