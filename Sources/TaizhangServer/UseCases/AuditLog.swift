import Fluent
import Foundation
import SQLKit
import TaizhangDomain

/// Writes and reads the chained audit log (`audit_events`).
enum AuditLog {
    /// Key of the PostgreSQL advisory lock that orders audit appends.
    static let advisoryKey = 7_263_001

    static func append(on db: any Database, engine: any StorageEngine, actor: Actor, at: Date, action: String, entity: String,
                       entityID: String?, unitID: Int?, period: String?, changes: [FieldChange], kind: String) async throws {
        if !engine.serializesWrites, let sql = db as? any SQLDatabase {
            try await sql.raw("SELECT pg_advisory_xact_lock(\(literal: advisoryKey))").run()
        }
        let last = try await AuditEventModel.query(on: db).sort(\.$id, .descending).first()
        let record = AuditChain.seal(AuditRecord(
            id: 0, kind: kind, at: AuditChain.timestamp(at), userID: actor.userID, username: actor.username, ip: actor.ip,
            action: action, entity: entity, entityID: entityID, unitID: unitID, period: period,
            changes: JSON.string(changes), prevHash: "", hash: ""), after: last?.hash)
        try await AuditEventModel(record).create(on: db)
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
