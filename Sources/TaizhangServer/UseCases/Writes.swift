import Fluent
import Foundation
import SQLKit
import TaizhangDomain

/// The only way to open a write transaction. It owns what every change needs: the SQLite
/// commit queue (one writer at a time; waiting writers are committed together, see
/// `WriteGate`), row locks on PostgreSQL, the injected clock, the audit record, and
/// turning a lost race (a unique violation) into a 409 instead of a 500.
struct Writes: Sendable {
    let db: any Database
    let engine: any StorageEngine
    let gate: WriteGate
    let clock: Clock
    let lookups: WriteLookups

    var now: Date { clock.now() }

    /// Runs `body` in one transaction as `actor`; its changes commit only if `body`
    /// returns, and the call returns only after they are committed. Never nest.
    func run<T: Sendable>(_ actor: Actor, _ body: @escaping @Sendable (Tx) async throws -> T) async throws -> T {
        let now = clock.now(), engine = engine, db = db, lookups = lookups
        do {
            return try await gate.metrics.transaction {
                if engine.serializesWrites {
                    let box = ResultBox<T>()
                    try await gate.submit(WriteJob(actor: actor, now: now) { tx in box.value = try await body(tx) }) { jobs in
                        await Self.commitGroup(jobs, db: db, engine: engine, lookups: lookups)
                    }
                    return box.value!
                }
                return try await db.transaction { db in
                    let tx = Tx(db: db, engine: engine, actor: actor, now: now, lookups: lookups)
                    let result = try await Tx.$current.withValue(tx) { try await body(tx) }
                    try await AuditLog.flush(tx.auditLog.take(), on: db, engine: engine)
                    return result
                }
            }
        } catch let error where Self.isUniqueViolation(error) {
            throw AppError(.conflict, "duplicate", zh: "该记录已存在（可能刚被他人创建），请刷新后查看。",
                           en: "This record already exists (perhaps just created by someone else); reload to see it.")
        }
    }

    /// SQLite group commit: the jobs that queued while the previous group committed run in
    /// one transaction, each inside its own savepoint (a job that fails is rolled back
    /// alone and gets its error), their audit rows chained in one statement at the end,
    /// and one COMMIT makes them all durable before any caller hears back. The WAL is
    /// written once per group instead of once per request.
    static func commitGroup(_ jobs: [WriteJob], db: any Database, engine: any StorageEngine, lookups: WriteLookups) async {
        var outcomes = [Result<Void, any Error>](repeating: .success(()), count: jobs.count)
        let alone = jobs.count == 1
        do {
            try await db.transaction { db in
                let sql = db as! any SQLDatabase
                var audit: [AuditRecord] = []
                for (i, job) in jobs.enumerated() {
                    let tx = Tx(db: db, engine: engine, actor: job.actor, now: job.now, lookups: lookups)
                    if !alone { try await sql.raw("SAVEPOINT job").run() }
                    do {
                        try await Tx.$current.withValue(tx) { try await job.body(tx) }
                        if !alone { try await sql.raw("RELEASE job").run() }
                        audit += tx.auditLog.take()
                    } catch {
                        if alone { throw error }
                        try await sql.raw("ROLLBACK TO job").run()
                        try await sql.raw("RELEASE job").run()
                        outcomes[i] = .failure(error)
                    }
                }
                try await AuditLog.flush(audit, on: db, engine: engine)
            }
        } catch {
            // The group did not commit: every job still standing shares the error.
            for i in outcomes.indices { if case .success = outcomes[i] { outcomes[i] = .failure(error) } }
        }
        for (job, outcome) in zip(jobs, outcomes) { job.finish(outcome) }
    }

    /// SQLite: "UNIQUE constraint failed"; PostgreSQL: SQLSTATE 23505.
    static func isUniqueViolation(_ error: any Error) -> Bool {
        let text = String(reflecting: error)
        return text.contains("UNIQUE constraint failed") || text.contains("23505") || text.contains("unique_violation")
            || text.contains("duplicate key value")
    }
}

/// One open write transaction: the database handle to write through, the actor, the time
/// of the change, row locks and the audit record.
struct Tx: Sendable {
    /// The transaction the current task runs in (set by `Writes.run`), for code that
    /// records its change through `Audit.record`.
    @TaskLocal static var current: Tx?

    let db: any Database
    let engine: any StorageEngine
    let actor: Actor
    let now: Date
    /// Rarely changing data a transaction reads (the plans), cached by the app.
    let lookups: WriteLookups
    /// The audit rows of this transaction, appended to the chain just before it commits.
    let auditLog = AuditBuffer()

    /// Loads a row fresh inside the transaction, locked against concurrent writers until
    /// commit: `SELECT … FOR UPDATE` on PostgreSQL; on SQLite the write gate already
    /// admits one writer, so a read inside the transaction sees the latest commit.
    func locked<M: Model>(_ type: M.Type, _ id: Int) async throws -> M? where M.IDValue == Int {
        if !engine.serializesWrites, let sql = db as? any SQLDatabase {
            try await sql.raw("SELECT id FROM \(ident: M.schema) WHERE id = \(bind: id) FOR UPDATE").run()
        }
        return try await M.find(id, on: db)
    }

    /// Records one audit row of this transaction. The rows are chained (`AuditChain`) and
    /// written together when the transaction's work is done, under the PostgreSQL
    /// advisory lock (or the SQLite writer's turn), so the chain never forks and the lock
    /// is held only for the last moment of the transaction.
    func audit(_ action: String, entity: String, id: Int?, unit: Int?, period: String? = nil,
               changes: [FieldChange] = [], kind: String = "mutation") async throws {
        auditLog.append(AuditLog.record(actor: actor, at: now, action: action, entity: entity, entityID: id.map(String.init),
                                        unitID: unit, period: period, changes: changes, kind: kind))
    }
}

/// Data every write may consult and that rarely changes, cached per application with a
/// bounded age (a change on another instance arrives within it; here it is invalidated).
struct WriteLookups: Sendable {
    let planCache: TimedCache<[ReportingPlan]>

    init(planCache: TimedCache<[ReportingPlan]> = TimedCache { db in try await PlanModel.query(on: db).sort(\.$id).all().compactMap(\.domain) }) {
        self.planCache = planCache
    }

    /// Every plan, active or not (a retired plan's accepted reports still lock).
    func plans(on db: any Database) async throws -> [ReportingPlan] { try await planCache.value(on: db) }
}

/// The audit rows a transaction has recorded and not yet written.
final class AuditBuffer: @unchecked Sendable {
    private let lock = NSLock()
    private var records: [AuditRecord] = []

    func append(_ r: AuditRecord) { lock.withLock { records.append(r) } }

    func take() -> [AuditRecord] {
        lock.withLock {
            defer { records = [] }
            return records
        }
    }
}

/// A transaction body waiting for its turn in the SQLite commit queue.
final class WriteJob: @unchecked Sendable {
    let actor: Actor
    let now: Date
    let body: @Sendable (Tx) async throws -> Void
    private var continuation: CheckedContinuation<Void, any Error>?

    init(actor: Actor, now: Date, body: @escaping @Sendable (Tx) async throws -> Void) {
        self.actor = actor; self.now = now; self.body = body
    }

    /// Called once, by the gate, before the job can run.
    func wait(_ c: CheckedContinuation<Void, any Error>) { continuation = c }

    func finish(_ outcome: Result<Void, any Error>) {
        continuation?.resume(with: outcome)
        continuation = nil
    }
}

/// The value a job's body produced, read by its caller after the commit.
final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
