import Fluent
import Foundation
import TaizhangDomain

/// Optimistic concurrency for editable records: every update names the version it was
/// based on; a missing version is 428, a stale one 409 naming who changed what since.
enum Versioning {
    static let required = AppError(.preconditionRequired, "version_required",
                                   zh: "请提供所修改记录的版本号（If-Match 或 version），以免覆盖他人的修改。",
                                   en: "Send the version you are editing (If-Match or version) so nobody's change is overwritten.",
                                   field: "version")

    /// 409 with the fields changed after `yours`, read from the audit log.
    static func stale(entity: String, id: Int, yours: Int, current: Int, on db: any Database) async throws -> AppError {
        let rows = try await AuditEventModel.query(on: db).filter(\.$entity == entity).filter(\.$entityID == String(id))
            .sort(\.$id, .descending).limit(20).all()
        var fields: [String] = [], who: [String] = []
        for row in rows {
            let changes = JSON.decode([FieldChange].self, row.changes) ?? []
            guard let v = changes.first(where: { $0.field == "version" }), let n = v.new.flatMap(Int.init), n > yours else { continue }
            for c in changes where c.field != "version" && !fields.contains(c.field) { fields.append(c.field) }
            if let u = row.username, !who.contains(u) { who.append(u) }
        }
        let what = fields.isEmpty ? "" : "（\(fields.joined(separator: "、"))）"
        let by = who.isEmpty ? "他人" : who.joined(separator: "、")
        return AppError(.conflict, "stale_version",
                        zh: "该记录已被\(by)修改\(what)，当前为第\(current)版，您编辑的是第\(yours)版；请刷新后再修改。",
                        en: "Changed by \(who.isEmpty ? "someone else" : who.joined(separator: ", "))\(fields.isEmpty ? "" : " (" + fields.joined(separator: ", ") + ")"): now version \(current), you edited version \(yours); reload and edit again.",
                        field: "version", details: fields.map { DomainError("changed", zh: $0, en: $0, field: $0) })
    }
}
