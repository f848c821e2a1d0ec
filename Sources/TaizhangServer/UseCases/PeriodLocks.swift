import Fluent
import Foundation
import SQLKit
import TaizhangDomain

/// Loads what `PeriodLock` decides on — the unit's accepted reports, the plans with a time
/// lock, the reopenings — and refuses a change that touches a locked period.
enum PeriodLocks {
    /// Throws 423-like 409 `period_locked` when any of `dates` lies in a locked period of `unit`.
    static func check(unit: Int, dates: [CivilDate], on tx: Tx) async throws {
        guard !dates.isEmpty else { return }
        if let lock = try await firstLock(unit: unit, dates: dates, on: tx) {
            let e = PeriodLock.error(lock)
            throw AppError(.conflict, e.code, zh: e.zh, en: e.en, field: e.field)
        }
    }

    static func firstLock(unit: Int, dates: [CivilDate], on tx: Tx) async throws -> PeriodLock.Lock? {
        let today = CivilDate(tx.now)
        // The unit's accepted reports and reopenings in one round trip.
        let rows = try await (tx.db as! any SQLDatabase).raw("""
            SELECT 'a' AS kind, id, plan_id, period_code, updated_at AS at FROM submissions
            WHERE unit_id = \(bind: unit) AND status = \(bind: SubmissionStatus.accepted.rawValue)
            UNION ALL
            SELECT 'r' AS kind, id, 0 AS plan_id, period_code, reopened_at AS at FROM period_reopenings WHERE unit_id = \(bind: unit)
            """).all()
        let plans = try await tx.lookups.plans(on: tx.db)
        let withExpiry = plans.filter { $0.lockAfterDays != nil }
        var locks: [PeriodLock.Lock] = [], reopenings: [PeriodLock.Reopening] = []
        for r in rows {
            guard let period = Period(code: try r.decode(column: "period_code", as: String.self)) else { continue }
            let at = try r.decode(column: "at", as: Date.self)
            if try r.decode(column: "kind", as: String.self) == "r" {
                reopenings.append(PeriodLock.Reopening(period: period, at: at))
            } else {
                let planID = try r.decode(column: "plan_id", as: Int.self)
                var name = plans.first { $0.id == planID }?.name
                if name == nil { name = try await PlanModel.find(planID, on: tx.db)?.domain?.name }
                locks.append(PeriodLock.Lock(period: period, since: at, cause: .accepted(submissionID: try r.decode(column: "id", as: Int.self), planName: name ?? "")))
            }
        }
        if !withExpiry.isEmpty, let u = try await unitDomain(unit, tx: tx) {
            locks += PeriodLock.expiryLocks(plans: withExpiry.filter { $0.applies(to: u) }, dates: dates, today: today)
        }
        guard !locks.isEmpty else { return nil }
        for date in dates {
            if let lock = PeriodLock.locks(on: date, locks: locks, reopenings: reopenings).first { return lock }
        }
        return nil
    }

    /// The unit from the actor's tree (loaded once per request), else from the database.
    static func unitDomain(_ id: Int, tx: Tx) async throws -> DomainUnit? {
        if let u = tx.actor.scope.tree[id] { return u }
        return try await UnitModel.find(id, on: tx.db)?.domain
    }
}
