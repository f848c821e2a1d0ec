import Fluent
import Foundation
import SQLKit
import TaizhangDomain

/// The only way to open a write transaction. It owns what every change needs: the SQLite
/// write gate (one writer at a time, waiting as a suspended task), row locks on
/// PostgreSQL, the injected clock, the audit record, and turning a lost race
/// (a unique violation) into a 409 instead of a 500.
struct Writes: Sendable {
    let db: any Database
    let engine: any StorageEngine
    let gate: WriteGate
    let clock: Clock

    var now: Date { clock.now() }

    /// Runs `body` in one transaction as `actor`; the transaction commits only if `body`
    /// returns. Never nest.
    func run<T: Sendable>(_ actor: Actor, _ body: @escaping @Sendable (Tx) async throws -> T) async throws -> T {
        let now = clock.now(), engine = engine, db = db
        let work: @Sendable () async throws -> T = {
            try await db.transaction { db in
                let tx = Tx(db: db, engine: engine, actor: actor, now: now)
                return try await Tx.$current.withValue(tx) { try await body(tx) }
            }
        }
        do {
            return engine.serializesWrites ? try await gate.run(work) : try await work()
        } catch let error where Self.isUniqueViolation(error) {
            throw AppError(.conflict, "duplicate", zh: "该记录已存在（可能刚被他人创建），请刷新后查看。",
                           en: "This record already exists (perhaps just created by someone else); reload to see it.")
        }
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

    /// Loads a row fresh inside the transaction, locked against concurrent writers until
    /// commit: `SELECT … FOR UPDATE` on PostgreSQL; on SQLite the write gate already
    /// admits one writer, so a read inside the transaction sees the latest commit.
    func locked<M: Model>(_ type: M.Type, _ id: Int) async throws -> M? where M.IDValue == Int {
        if !engine.serializesWrites, let sql = db as? any SQLDatabase {
            try await sql.raw("SELECT id FROM \(ident: M.schema) WHERE id = \(bind: id) FOR UPDATE").run()
        }
        return try await M.find(id, on: db)
    }

    /// Appends one audit row, chained to the previous one (`AuditChain`). On PostgreSQL a
    /// transaction-scoped advisory lock orders concurrent appenders, so the chain never
    /// forks; on SQLite the write gate does.
    func audit(_ action: String, entity: String, id: Int?, unit: Int?, period: String? = nil,
               changes: [FieldChange] = [], kind: String = "mutation") async throws {
        try await AuditLog.append(on: db, engine: engine, actor: actor, at: now, action: action, entity: entity,
                                  entityID: id.map(String.init), unitID: unit, period: period, changes: changes, kind: kind)
    }
}
