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
        // A batch of 10,000 entries brings 20,000 dates but a few dozen distinct days: each
        // is looked at once (in the order given, so the same lock is named first).
        var seen = Set<CivilDate>()
        let dates = BenchSwitches.dedupeDates ? dates.filter { seen.insert($0).inserted } : dates
        if let lock = try await firstLock(unit: unit, dates: dates, on: tx) {
            let e = PeriodLock.error(lock)
            throw AppError(.conflict, e.code, zh: e.zh, en: e.en, field: e.field)
        }
    }

    static func firstLock(unit: Int, dates: [CivilDate], on tx: Tx) async throws -> PeriodLock.Lock? {
        let today = CivilDate(tx.now)
        // Only a period that holds one of the dates can lock it: its month, quarter, half-year
        // or year. The unit's accepted reports and reopenings of those, in one round trip.
        let codes = Set(dates.flatMap { d in Period.Kind.allCases.map { Period.containing(d, kind: $0).code } }).sorted()
        let rows = try await lockRows(unit: unit, codes: codes, tx: tx)
        let plans = try await tx.lookups.plans(on: tx.db)
        let withExpiry = plans.filter { $0.lockAfterDays != nil }
        var locks: [PeriodLock.Lock] = [], reopenings: [PeriodLock.Reopening] = []
        for r in rows {
            guard let period = Period(code: r.periodCode) else { continue }
            if r.reopening {
                reopenings.append(PeriodLock.Reopening(period: period, at: r.at))
            } else {
                var name = plans.first { $0.id == r.planID }?.name
                if name == nil { name = try await PlanModel.find(r.planID, on: tx.db)?.domain?.name }
                locks.append(PeriodLock.Lock(period: period, since: r.at, cause: .accepted(submissionID: r.id, planName: name ?? "")))
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

    /// An accepted report or a reopening of one of the unit's periods.
    struct Row: Sendable {
        var reopening: Bool
        var id: Int
        var planID: Int
        var periodCode: String
        var at: Date
    }

    /// The unit's accepted reports and reopenings of `codes`, in one round trip, shared by the
    /// jobs of a commit group (`WriteMemo`).
    static func lockRows(unit: Int, codes: [String], tx: Tx) async throws -> [Row] {
        let key = "\(unit)|" + codes.joined(separator: ",")
        if let rows = tx.memo.periodLocks(key) { return rows }
        var query: SQLQueryString = "SELECT 'a' AS kind, id, plan_id, period_code, updated_at AS at FROM submissions WHERE unit_id = "
        query.appendInterpolation(bind: unit)
        query.appendInterpolation(unsafeRaw: " AND status = ")
        query.appendInterpolation(bind: SubmissionStatus.accepted.rawValue)
        query.appendInterpolation(unsafeRaw: " AND period_code IN (")
        query.appendInterpolation(binds: codes)
        query.appendInterpolation(unsafeRaw: ") UNION ALL SELECT 'r' AS kind, id, 0 AS plan_id, period_code, reopened_at AS at FROM period_reopenings WHERE unit_id = ")
        query.appendInterpolation(bind: unit)
        query.appendInterpolation(unsafeRaw: " AND period_code IN (")
        query.appendInterpolation(binds: codes)
        query.appendInterpolation(unsafeRaw: ")")
        let rows = try await (tx.db as! any SQLDatabase).raw(query).all().map { r in
            Row(reopening: try r.decode(column: "kind", as: String.self) == "r", id: try r.decode(column: "id", as: Int.self),
                planID: try r.decode(column: "plan_id", as: Int.self), periodCode: try r.decode(column: "period_code", as: String.self),
                at: try r.decode(column: "at", as: Date.self))
        }
        tx.memo.remember(key, rows)
        return rows
    }

    /// The unit from the actor's tree (loaded once per request), else from the database.
    static func unitDomain(_ id: Int, tx: Tx) async throws -> DomainUnit? {
        if let u = tx.actor.scope.tree[id] { return u }
        return try await UnitModel.find(id, on: tx.db)?.domain
    }
}
