import Fluent
import Foundation
import SQLKit
import TaizhangDomain

/// The only way to open a write transaction. It owns what every change needs: the commit
/// queue (waiting writers are committed together, see `WriteGate`; SQLite one group at a
/// time), row locks on PostgreSQL, the injected clock, the audit record, and turning a lost
/// race (a unique violation) into a 409 instead of a 500.
struct Writes: Sendable {
    let db: any Database
    let engine: any StorageEngine
    let gate: WriteGate
    let clock: Clock
    let lookups: WriteLookups
    /// SQLite file: the connection and loop commit groups run on (`SQLiteWriter`).
    var writer: SQLiteWriter? = nil

    var now: Date { clock.now() }

    /// Runs `body` in one transaction as `actor`; its changes commit only if `body`
    /// returns, and the call returns only after they are committed. Never nest.
    func run<T: Sendable>(_ actor: Actor, _ body: @escaping @Sendable (Tx) async throws -> T) async throws -> T {
        let now = clock.now(), engine = engine, db = db, lookups = lookups, writer = writer
        do {
            return try await gate.metrics.transaction {
                let box = ResultBox<T>()
                try await gate.submit(WriteJob(actor: actor, now: now) { tx in box.value = try await body(tx) }) { jobs in
                    if let writer {
                        // SQLite: the group runs on the writer's own loop and connection.
                        await withTaskExecutorPreference(writer.executor) {
                            await Self.commitGroup(jobs, db: writer.database(logger: db.logger), engine: engine, lookups: lookups,
                                                   ownConnection: true)
                        }
                    } else {
                        await Self.commitGroup(jobs, db: db, engine: engine, lookups: lookups)
                    }
                }
                return box.value!
            }
        } catch let error where Self.isUniqueViolation(error) {
            throw AppError(.conflict, "duplicate", zh: "该记录已存在（可能刚被他人创建），请刷新后查看。",
                           en: "This record already exists (perhaps just created by someone else); reload to see it.")
        }
    }

    /// Group commit: the jobs that queued while the previous group committed run in one
    /// transaction, their deferred rows and audit rows written together at the end, and one
    /// COMMIT makes them all durable before any caller hears back. SQLite writes its WAL once
    /// per group instead of once per request; PostgreSQL takes the audit chain's advisory
    /// lock and waits for its WAL flush once per group — with a lock per request, commits
    /// queued one fsync at a time behind it. (PostgreSQL runs several groups at once, on
    /// their own connections; only their last statements take turns.)
    ///
    /// A job that fails takes the group's transaction down with it (no savepoint per job:
    /// two statements a request saved); it gets its error and the others run again without
    /// it. So a body may run more than once before it commits: it must only change the
    /// database (and move its staged files, which is idempotent), as every body does.
    /// When the group's own last statements fail (a deferred row or the audit rows of one
    /// job refused), no job can be blamed, so each runs again in a transaction of its own.
    /// A failed COMMIT is not retried: its outcome is not known, and every caller gets the error.
    static func commitGroup(_ jobs: [WriteJob], db: any Database, engine: any StorageEngine, lookups: WriteLookups,
                            ownConnection: Bool = false) async {
        var pending = jobs
        var alone = false
        while !pending.isEmpty {
            let running = alone ? [pending[0]] : pending
            do {
                try await Self.transaction(db, ownConnection: ownConnection) { db in
                    var audit: [AuditRecord] = []
                    let deferred = DeferredRows(), memo = WriteMemo(jobs: running.count)
                    for (i, job) in running.enumerated() {
                        let tx = Tx(db: db, engine: engine, actor: job.actor, now: job.now, lookups: lookups, memo: memo)
                        do {
                            try await Tx.$current.withValue(tx) { try await job.body(tx) }
                        } catch {
                            throw JobFailed(index: i, error: error)
                        }
                        audit += tx.auditLog.take()
                        deferred.absorb(tx.deferred)
                    }
                    do {
                        try await deferred.flush(on: db, engine: engine)
                        try await AuditLog.flush(audit, on: db, engine: engine, asyncCommit: BenchSwitches.asyncCommit)
                    } catch {
                        throw FlushFailed(error: error)
                    }
                }
                try await Self.durable(db, engine: engine)
                for job in running { job.finish(.success(())) }
                pending.removeFirst(running.count)
            } catch let failed as JobFailed {
                running[failed.index].finish(.failure(failed.error))
                pending.remove(at: failed.index)
            } catch is FlushFailed where running.count > 1 {
                alone = true
            } catch let failed as FlushFailed {
                running[0].finish(.failure(failed.error))
                pending.removeFirst()
            } catch {
                // The transaction did not commit: all its jobs share the error.
                for job in running { job.finish(.failure(error)) }
                pending.removeFirst(running.count)
            }
        }
    }

    /// PostgreSQL: the group's COMMIT did not wait for its WAL flush (`AuditLog.flush` turns
    /// `synchronous_commit` off for it, so the audit chain's advisory lock is released
    /// without waiting for the disk and the next group can chain on at once); this waits for
    /// it before any caller hears back. It commits a transaction that has an id with
    /// `synchronous_commit = on`, whose commit waits until the WAL is flushed up to its own
    /// commit record; the WAL is flushed in order and the group's commit record lies before
    /// it, so the group is on disk when this returns. Concurrent groups share the flush
    /// (PostgreSQL's own group commit). Fails (and every caller of the group gets the error,
    /// as for a failed COMMIT) rather than acknowledge a write that may not be durable.
    /// SQLite's COMMIT already synced (`synchronous = FULL`).
    static func durable(_ db: any Database, engine: any StorageEngine) async throws {
        guard !engine.serializesWrites, BenchSwitches.asyncCommit else { return }
        try await (db as! any SQLDatabase).raw("SELECT txid_current()").run()
    }

    /// Runs `body` in one transaction. On a connection the group has to itself (the SQLite
    /// writer's only connection) it says BEGIN and COMMIT itself, so the body runs in the
    /// calling task, on the writer's loop; Fluent's `transaction` starts a new unstructured
    /// task for it, which runs on the request loops and queues behind their work.
    /// IMMEDIATE takes the write lock at once: a reader's snapshot is never upgraded late.
    static func transaction(_ db: any Database, ownConnection: Bool,
                            _ body: @escaping @Sendable (any Database) async throws -> Void) async throws {
        guard ownConnection, let sql = db as? any SQLDatabase else { return try await db.transaction(body) }
        try await sql.raw("BEGIN IMMEDIATE").run()
        do {
            try await body(db)
            try await sql.raw("COMMIT").run()
        } catch {
            try? await sql.raw("ROLLBACK").run()
            throw error
        }
    }

    struct JobFailed: Error {
        var index: Int
        var error: any Error
    }

    struct FlushFailed: Error {
        var error: any Error
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
    /// Rows nothing in the transaction reads back, inserted together before it commits
    /// (the indicator values of new entries: one statement for a whole commit group).
    let deferred = DeferredRows()
    /// What the transactions of one commit group may share (see `WriteMemo`).
    let memo: WriteMemo

    init(db: any Database, engine: any StorageEngine, actor: Actor, now: Date, lookups: WriteLookups, memo: WriteMemo = WriteMemo()) {
        self.db = db; self.engine = engine; self.actor = actor; self.now = now; self.lookups = lookups; self.memo = memo
    }

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
    func plans(on db: @autoclosure () -> any Database) async throws -> [ReportingPlan] { try await planCache.value(on: db()) }
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

/// Reads the jobs of one commit group may share because nothing in the group changes them
/// unless it says so: the period-lock rows of a unit (`PeriodLocks`), dropped by any job
/// that accepts a report or reopens a period (`invalidate()`). One group lives a few
/// milliseconds; nothing outlives it.
final class WriteMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var periodLocks: [String: [PeriodLocks.Row]] = [:]
    private var ids: [String: ArraySlice<Int>] = [:]
    private var nextID: [String: Int] = [:]
    /// Jobs in the group: the first job that needs a new id takes one for each.
    let jobs: Int

    init(jobs: Int = 1) { self.jobs = jobs }

    /// `count` new ids of `table` (PostgreSQL: from its sequence, `fetch`), taken for the
    /// whole group in one round trip when the first job asks; ids left over at the end of
    /// the group are gaps in the sequence, as a rolled-back insert leaves.
    func newIDs(_ count: Int, table: String, fetch: (Int) async throws -> [Int]) async throws -> [Int] {
        if let taken = lock.withLock({ () -> [Int]? in
            guard let free = ids[table], free.count >= count else { return nil }
            ids[table] = free.dropFirst(count)
            return Array(free.prefix(count))
        }) { return taken }
        let fetched = try await fetch(max(count, jobs))
        lock.withLock { ids[table] = fetched[count...] }
        return Array(fetched.prefix(count))
    }

    /// SQLite: `count` new ids of `table`, continuing from the last id handed out in this
    /// group (whose rows may not be written yet), else from the table's largest id (`last`,
    /// read once) — the id SQLite itself would give a row of an `INTEGER PRIMARY KEY` table.
    /// The group is SQLite's only writer, so nobody else takes these ids before it commits.
    func nextIDs(_ count: Int, table: String, last: () async throws -> Int) async throws -> [Int] {
        let known = lock.withLock { nextID[table] }
        var first: Int
        if let known { first = known } else { first = try await last() + 1 }
        lock.withLock { nextID[table] = first + count }
        return Array(first..<(first + count))
    }

    func periodLocks(_ key: String) -> [PeriodLocks.Row]? { lock.withLock { periodLocks[key] } }
    func remember(_ key: String, _ rows: [PeriodLocks.Row]) { lock.withLock { periodLocks[key] = rows } }
    func invalidate() { lock.withLock { periodLocks = [:] } }
}

/// Inserts postponed to the end of a transaction, merged by table and columns into
/// multi-row statements (chunked under the engine's bind limit).
final class DeferredRows: @unchecked Sendable {
    typealias Rows = (table: String, columns: [String], rows: [[any Encodable & Sendable]])
    private let lock = NSLock()
    private var batches: [Rows] = []
    private var firsts: Set<String> = []

    /// `first`: the rows others refer to (entries before their values), flushed before any
    /// batch that is not `first`.
    func append(table: String, columns: [String], rows: [[any Encodable & Sendable]], first: Bool = false) {
        guard !rows.isEmpty else { return }
        lock.withLock {
            if let i = batches.firstIndex(where: { $0.table == table && $0.columns == columns }) {
                batches[i].rows += rows
            } else if first {
                batches.insert((table, columns, rows), at: batches.prefix { firsts.contains($0.table) }.count)
                firsts.insert(table)
            } else {
                batches.append((table, columns, rows))
            }
        }
    }

    func absorb(_ other: DeferredRows) {
        let firsts = other.lock.withLock { other.firsts }
        for b in other.take() { append(table: b.table, columns: b.columns, rows: b.rows, first: firsts.contains(b.table)) }
    }

    func take() -> [Rows] {
        lock.withLock {
            defer { batches = []; firsts = [] }
            return batches
        }
    }

    func flush(on db: any Database, engine: any StorageEngine) async throws {
        for batch in take() {
            try await BulkInsert.run(db, engine: engine, into: batch.table, columns: batch.columns, rows: batch.rows)
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
