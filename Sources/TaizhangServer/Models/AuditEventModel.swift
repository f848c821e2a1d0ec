import Fluent
import Foundation
import TaizhangDomain

/// One row of the chained audit log (see `AuditChain`): a mutation or a security event,
/// with per-field changes; `at` is stored as ISO text so the hashed value is exactly the
/// stored one on every engine.
final class AuditEventModel: Model, @unchecked Sendable {
    static let schema = "audit_events"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "kind") var kind: String
    @Field(key: "at") var at: String
    @OptionalField(key: "user_id") var userID: Int?
    @OptionalField(key: "username") var username: String?
    @OptionalField(key: "ip") var ip: String?
    @Field(key: "action") var action: String
    @Field(key: "entity") var entity: String
    @OptionalField(key: "entity_id") var entityID: String?
    @OptionalField(key: "unit_id") var unitID: Int?
    @OptionalField(key: "period") var period: String?
    @Field(key: "changes") var changes: String
    @Field(key: "prev_hash") var prevHash: String
    @Field(key: "hash") var hash: String

    init() {}

    init(_ r: AuditRecord) {
        kind = r.kind; at = r.at; userID = r.userID; username = r.username; ip = r.ip; action = r.action
        entity = r.entity; entityID = r.entityID; unitID = r.unitID; period = r.period; changes = r.changes
        prevHash = r.prevHash; hash = r.hash
    }

    var record: AuditRecord {
        AuditRecord(id: id ?? 0, kind: kind, at: at, userID: userID, username: username, ip: ip, action: action,
                    entity: entity, entityID: entityID, unitID: unitID, period: period, changes: changes,
                    prevHash: prevHash, hash: hash)
    }
}

/// A period a supervisor reopened for edits after it was locked (`PeriodLock`).
final class PeriodReopeningModel: Model, @unchecked Sendable {
    static let schema = "period_reopenings"

    @ID(custom: "id", generatedBy: .database) var id: Int?
    @Field(key: "unit_id") var unitID: Int
    @Field(key: "period_code") var periodCode: String
    @Field(key: "reason") var reason: String
    @Field(key: "reopened_by") var reopenedBy: Int
    @Field(key: "reopened_at") var reopenedAt: Date

    init() {}
}
