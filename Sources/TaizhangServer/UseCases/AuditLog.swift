import Fluent
import Foundation
import SQLKit
import TaizhangDomain

/// Writes and reads the chained audit log (`audit_events`).
enum AuditLog {
    /// Key of the PostgreSQL advisory lock that orders audit appends.
    static let advisoryKey = 7_263_001

    /// A row as recorded, before it is chained (`prevHash` and `hash` are set by `flush`).
    static func record(actor: Actor, at: Date, action: String, entity: String, entityID: String?, unitID: Int?,
                       period: String?, changes: [FieldChange], kind: String) -> AuditRecord {
        AuditRecord(id: 0, kind: kind, at: AuditChain.timestamp(at), userID: actor.userID, username: actor.username, ip: actor.ip,
                    action: action, entity: entity, entityID: entityID, unitID: unitID, period: period,
                    changes: changesJSON(changes), prevHash: "", hash: "")
    }

    /// `[{"field":…,"new":…,"old":…}]` exactly as `JSON.string` (JSONEncoder, sorted keys,
    /// nil left out) writes it, by hand: every write records one, and the encoder was a
    /// visible part of a request's time. Text JSON escapes goes through the encoder.
    static func changesJSON(_ changes: [FieldChange]) -> String {
        var out = "["
        for (i, c) in changes.enumerated() {
            if i > 0 { out += "," }
            out += #"{"field":"# + jsonString(c.field)
            if let n = c.new { out += #","new":"# + jsonString(n) }
            if let o = c.old { out += #","old":"# + jsonString(o) }
            out += "}"
        }
        return out + "]"
    }

    /// A JSON string as JSONEncoder writes it: verbatim unless it holds `"`, `\`, `/` or a
    /// control character, which are left to JSONEncoder.
    static func jsonString(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") && $0 != UInt8(ascii: "/") }) {
            return "\"" + s + "\""
        }
        return JSON.string(s)
    }

    static let columns = ["kind", "at", "user_id", "username", "ip", "action", "entity", "entity_id", "unit_id", "period",
                          "changes", "prev_hash", "hash"]

    /// Chains `records` after the last stored row and inserts them with one statement per
    /// chunk. On PostgreSQL a transaction-scoped advisory lock orders concurrent appenders
    /// (taken here, at the end of the transaction, so it is held only until the commit);
    /// on SQLite the single writer does. `asyncCommit` (PostgreSQL): the COMMIT does not wait
    /// for the WAL flush, so the lock — and the next appender — does not wait for the disk;
    /// the caller must then wait for durability itself before answering (`Writes.durable`).
    static func flush(_ records: [AuditRecord], on db: any Database, engine: any StorageEngine, asyncCommit: Bool = false) async throws {
        guard !records.isEmpty else { return }
        let sql = db as! any SQLDatabase
        if !engine.serializesWrites {
            // set_config(…, true) is SET LOCAL: this transaction only, and no extra round trip.
            try await sql.raw(asyncCommit
                ? "SELECT pg_advisory_xact_lock(\(literal: advisoryKey)), set_config('synchronous_commit', 'off', true)"
                : "SELECT pg_advisory_xact_lock(\(literal: advisoryKey))").run()
        }
        var previous = try await sql.raw("SELECT hash FROM audit_events ORDER BY id DESC LIMIT 1").first()?
            .decode(column: "hash", as: String.self)
        var rows: [[any Encodable & Sendable]] = []
        rows.reserveCapacity(records.count)
        for r in records {
            let sealed = AuditChain.seal(r, after: previous)
            previous = sealed.hash
            rows.append([sealed.kind, sealed.at, sealed.userID, sealed.username, sealed.ip, sealed.action, sealed.entity,
                         sealed.entityID, sealed.unitID, sealed.period, sealed.changes, sealed.prevHash, sealed.hash])
        }
        try await BulkInsert.run(sql, into: AuditEventModel.schema, columns: columns, rows: rows, maxBinds: engine.maxBindParameters)
    }

    /// Walks the whole chain in id order, a page at a time; the first break, if any.
    static func verify(on db: any Database, pageSize: Int = 5_000) async throws -> (checked: Int, broken: AuditChain.Break?) {
        var previous: String? = nil, lastID = 0, checked = 0
        while true {
            let page = try await AuditEventModel.query(on: db).filter(\.$id > lastID).sort(\.$id).limit(pageSize).all()
            if page.isEmpty { return (checked, nil) }
            let records = page.map(\.record)
            if let broken = AuditChain.verify(records, startingAfter: previous) {
                return (checked + (records.firstIndex { $0.id == broken.id } ?? 0), broken)
            }
            checked += records.count
            previous = records.last!.hash; lastID = records.last!.id
        }
    }
}

extension AuditLog {
    struct Filter: Sendable {
        var unit: Int?
        var user: Int?
        var entity: String?
        var record: String?
        var kind: String?
        var period: Period?
        var limit = 100
        var offset = 0
    }

    static let maxLimit = 500

    /// Rows the actor may read, newest first: a leader his unit (and what lies below it), a
    /// supervisor her subtree, an admin everything (all units only for admins).
    static func search(_ f: Filter, actor: Actor, on db: any Database) async throws -> (total: Int, rows: [AuditEventModel]) {
        guard (1...maxLimit).contains(f.limit), f.offset >= 0 else {
            throw AppError.badRequest("invalid_limit", zh: "每页条数须为1至\(maxLimit)，起始位置不能为负。",
                                      en: "limit must be 1–\(maxLimit) and offset ≥ 0.", field: "limit")
        }
        let scope = actor.scope
        let q = AuditEventModel.query(on: db)
        if let unit = f.unit {
            guard scope.tree[unit] != nil else { throw AppError.notFound("Unit", zh: "该单位") }
            guard scope.can(.manage, on: unit) || scope.can(.approve, on: unit) else { throw AppError.forbidden }
            q.filter(\.$unitID ~~ scope.readableIDs(root: unit, subtree: true))
        } else {
            guard scope.isAdmin else {
                throw AppError(.forbidden, "unit_required", zh: "请指定单位（unit）；只有系统管理员可查看全部审计日志。",
                               en: "Give unit=…; only administrators see the whole audit log.", field: "unit")
            }
        }
        if let user = f.user { q.filter(\.$userID == user) }
        if let entity = f.entity { q.filter(\.$entity == entity) }
        if let id = f.record { q.filter(\.$entityID == id) }
        if let kind = f.kind { q.filter(\.$kind == kind) }
        if let p = f.period { q.filter(\.$at >= p.start.iso).filter(\.$at < p.end.adding(days: 1).iso) }
        let total = try await q.count()
        return (total, try await q.sort(\.$id, .descending).range(f.offset..<(f.offset + f.limit)).all())
    }
}
