import Fluent
import Foundation
import TaizhangDomain

/// Loads what `PeriodLock` decides on — the unit's accepted reports, the plans with a time
/// lock, the reopenings — and refuses a change that touches a locked period.
enum PeriodLocks {
    /// Throws 423-like 409 `period_locked` when any of `dates` lies in a locked period of `unit`.
    static func check(unit: Int, dates: [CivilDate], on tx: Tx) async throws {
        guard !dates.isEmpty else { return }
        if let lock = try await firstLock(unit: unit, dates: dates, on: tx.db, today: CivilDate(tx.now)) {
            let e = PeriodLock.error(lock)
            throw AppError(.conflict, e.code, zh: e.zh, en: e.en, field: e.field)
        }
    }

    static func firstLock(unit: Int, dates: [CivilDate], on db: any Database, today: CivilDate) async throws -> PeriodLock.Lock? {
        let locks = try await locks(unit: unit, dates: dates, on: db, today: today)
        let reopenings = try await PeriodReopeningModel.query(on: db).filter(\.$unitID == unit).all()
            .compactMap { r in Period(code: r.periodCode).map { PeriodLock.Reopening(period: $0, at: r.reopenedAt) } }
        for date in dates {
            if let lock = PeriodLock.locks(on: date, locks: locks, reopenings: reopenings).first { return lock }
        }
        return nil
    }

    static func locks(unit: Int, dates: [CivilDate], on db: any Database, today: CivilDate) async throws -> [PeriodLock.Lock] {
        let plans = try await PlanModel.query(on: db).all()
        let names = Dictionary(uniqueKeysWithValues: plans.compactMap { p in p.id.map { ($0, p.domain?.name ?? "") } })
        let accepted = try await SubmissionModel.query(on: db).filter(\.$unitID == unit)
            .filter(\.$status == SubmissionStatus.accepted.rawValue).all()
        var out = accepted.compactMap { s -> PeriodLock.Lock? in
            guard let p = Period(code: s.periodCode) else { return nil }
            return PeriodLock.Lock(period: p, since: s.updatedAt, cause: .accepted(submissionID: s.id ?? 0, planName: names[s.planID] ?? ""))
        }
        if let u = try await UnitModel.find(unit, on: db)?.domain {
            out += PeriodLock.expiryLocks(plans: plans.compactMap(\.domain).filter { $0.applies(to: u) }, dates: dates, today: today)
        }
        return out
    }
}
