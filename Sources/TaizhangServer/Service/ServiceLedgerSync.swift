import Fluent
import Foundation
import SQLKit
import TaizhangDomain
import TaizhangService
import Vapor

/// Keeps the centre's ledger in step with its records: one 电子监察月报 entry a month
/// (`ServiceLedger`), written from the cases, orders, ratings, fixes, appraisal and the
/// online supervision counts, so the half-year summary is drafted and traced like any
/// other. Re-running updates each month's entry in place (same id, so the numbers of a
/// draft keep their trace); a locked period is left as it is.
enum ServiceLedgerSync {
    struct Result: Content { var months: [String]; var entries: [Int]; var locked: [String] }

    static func run(req: Request) async throws -> Result {
        let ctx = try await req.serviceContext()
        return try await sync(centre: try ctx.supervising(try req.pathID()).centre, in: ctx)
    }

    static func sync(centre: Int, in ctx: ServiceContext) async throws -> Result {
        let months = try await ServiceMonths.compute(centre: centre, in: ctx)
        let rules = try await ctx.store.rules()
        let user = try ctx.actor.requireUser, now = ctx.now, today = ctx.today, engine = ctx.writes.engine
        let (ids, locked) = try await ctx.writes.run(ctx.actor) { tx -> ([Int], [String]) in
            let db = tx.db
            var ids: [Int] = [], locked: [String] = []
            for m in months {
                let entry = LedgerEntry(unitID: centre, category: .inspection, title: ServiceLedger.title(m.month),
                                        narrative: ServiceLedger.narrative(m, asOf: today), date: min(m.month.end, today),
                                        values: ServiceLedger.values(m, levels: rules.supervision.levels), source: .api)
                // An accepted (or time-locked) period keeps its ledger as it was.
                if try await PeriodLocks.firstLock(unit: centre, dates: [entry.countsOn], on: tx) != nil {
                    locked.append(m.month.code); continue
                }
                ids.append(try await upsert(entry, by: user, at: now, on: db, engine: engine))
            }
            try await ctx.audit(on: db, "sync_ledger", "service_centre", id: centre, unit: centre, after: ["months": months.map(\.month.code)])
            return (ids, locked)
        }
        return Result(months: months.map(\.month.code).filter { !locked.contains($0) }, entries: ids, locked: locked)
    }

    /// The entry of the same unit and title written by the system, updated in place; or a new one.
    static func upsert(_ e: LedgerEntry, by user: Int, at now: Date, on db: any Database, engine: any StorageEngine) async throws -> Int {
        let existing = try await EntryModel.query(on: db).filter(\.$unitID == e.unitID).filter(\.$title == e.title)
            .filter(\.$source == EntrySource.api.rawValue).first()
        guard let m = existing, let id = m.id else {
            return try await EntryStore.insert([StoredEntry(entry: e)], createdBy: user, at: now, on: db, engine: engine)[0]
        }
        m.narrative = e.narrative; m.date = e.date.iso; m.countsOn = e.countsOn.iso; m.updatedAt = now; m.version += 1
        try await m.save(on: db)
        let sql = db as! any SQLDatabase
        try await sql.delete(from: EntryValueModel.schema).where("entry_id", .equal, id).run()
        var insert = sql.insert(into: EntryValueModel.schema).columns(EntryStore.valueColumns)
        for v in e.values { insert = insert.values([id, e.unitID, e.countsOn.iso, false, false, v.indicator, v.value, v.qualifier] as [any Encodable & Sendable]) }
        if !e.values.isEmpty { try await insert.run() }
        return id
    }
}

/// Each month's figures of a centre from its first case through the current month.
enum ServiceMonths {
    static func compute(centre: Int, through: CivilDate? = nil, in ctx: ServiceContext) async throws -> [ServiceMonth] {
        let (cases, evaluations, rules) = try await ctx.evaluatedCases(centre)
        let store = ctx.store, today = ctx.today
        let records = ServiceRecords(cases: cases, evaluations: evaluations, orders: try await store.orders(centre),
                                     ratings: try await store.ratings(centre), fixes: try await store.fixes(centre),
                                     windows: try await store.windows(centre).map(\.id), staff: try await store.staff(centre))
        var online: [Period: (logins: Int, views: Int)] = [:]
        let first = records.cases.map { $0.acceptedDay }.min()
        for m in first.map({ Period.range(.containing($0, kind: .month), through: .containing(through ?? today, kind: .month)) }) ?? [] {
            online[m] = try await OnlineSupervision.counts(centre: centre, period: m, on: ctx.db)
        }
        return records.months(through: through ?? today, asOf: today, rules: rules) { online[$0] ?? (0, 0) }
    }
}
