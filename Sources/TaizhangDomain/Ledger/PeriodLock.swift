import Foundation

/// When a unit's ledger for a period is closed to edits, as DHIS2 locks approved data:
/// - a report for the period was accepted (采纳) by the supervisor: the entries it summed
///   must keep the values the supervisor accepted;
/// - optionally, a plan's `lockAfterDays` after the period ended (DHIS2's expiry days).
/// A supervisor lifts a lock by reopening the period with a reason; a later acceptance
/// locks it again.
public enum PeriodLock {
    /// One reason a period is locked, since when.
    public struct Lock: Sendable, Equatable {
        public enum Cause: Sendable, Equatable {
            case accepted(submissionID: Int, planName: String)
            case expired(planName: String, days: Int)
        }
        public var period: Period
        public var since: Date
        public var cause: Cause
        public init(period: Period, since: Date, cause: Cause) { self.period = period; self.since = since; self.cause = cause }
    }

    /// A supervisor's reopening of a unit's period.
    public struct Reopening: Sendable, Equatable {
        public var period: Period
        public var at: Date
        public init(period: Period, at: Date) { self.period = period; self.at = at }
    }

    /// The locks that hold for `date`: those whose period contains it and that were not
    /// reopened after they took effect.
    public static func locks(on date: CivilDate, locks: [Lock], reopenings: [Reopening]) -> [Lock] {
        locks.filter { lock in
            lock.period.contains(date) && !reopenings.contains { $0.period == lock.period && $0.at >= lock.since }
        }
    }

    /// Time locks from the plans that apply to the unit: every period of the plan's kind that
    /// holds one of `dates` and ended more than `lockAfterDays` days before `today`.
    public static func expiryLocks(plans: [ReportingPlan], dates: [CivilDate], today: CivilDate) -> [Lock] {
        var out: [Lock] = []
        for plan in plans {
            guard let days = plan.lockAfterDays, days >= 0 else { continue }
            for period in Set(dates.map { Period.containing($0, kind: plan.periodKind) }) where plan.applies(to: period) {
                let lockDay = period.end.adding(days: days + 1)
                if lockDay <= today {
                    out.append(Lock(period: period, since: lockDay.startInstant(), cause: .expired(planName: plan.name, days: days)))
                }
            }
        }
        return out
    }

    /// The error an edit meets, naming the period and how to get it reopened.
    public static func error(_ lock: Lock) -> DomainError {
        switch lock.cause {
        case .accepted(_, let plan):
            return DomainError("period_locked",
                               zh: "\(lock.period.chineseLabel)的“\(plan)”已被上级采纳，该期台账已锁定，不能修改；如需修改，请联系上级管理员说明理由后重新开放该期间。",
                               en: "The \(plan) report for \(lock.period.englishLabel) was accepted, so that period's ledger is locked; ask your supervisor to reopen the period (with a reason).",
                               field: "date")
        case .expired(let plan, let days):
            return DomainError("period_locked",
                               zh: "按“\(plan)”的规定，\(lock.period.chineseLabel)结束\(days)天后台账锁定，不能修改；如需修改，请联系上级管理员重新开放该期间。",
                               en: "Under “\(plan)”, the ledger of \(lock.period.englishLabel) locks \(days) days after the period ends; ask your supervisor to reopen it.",
                               field: "date")
        }
    }
}
