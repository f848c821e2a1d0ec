import Fluent
import Foundation
import TaizhangDomain
import Vapor

/// The audit log over the API: filtered by unit (with its subtree), user, record, kind and
/// period, newest first, paged with `limit`/`offset` and a `next` link; CSV with `format=csv`.
/// A leader sees his unit, a supervisor her subtree, an admin everything.
enum AuditController {
    struct Row: Content {
        var id: Int; var kind: String; var at: String; var userId: Int?; var username: String?; var ip: String?
        var action: String; var entity: String; var entityId: String?; var unitId: Int?; var period: String?
        var changes: [FieldChange]; var hash: String
    }
    struct Page: Content { var total: Int; var limit: Int; var offset: Int; var next: String?; var items: [Row] }

    static func list(req: Request) async throws -> Response {
        let filter = try req.auditFilter()
        let (total, models) = try await AuditLog.search(filter, actor: try await req.actor(), on: req.db)
        let rows = models.map(row)
        let limit = filter.limit, offset = filter.offset
        if req.query[String.self, at: "format"] == "csv" { return try csv(rows) }
        var next: String?
        if offset + limit < total {
            var comps = URLComponents(string: req.url.string) ?? URLComponents()
            var items = (comps.queryItems ?? []).filter { $0.name != "offset" }
            items.append(URLQueryItem(name: "offset", value: String(offset + limit)))
            comps.queryItems = items
            next = comps.string
        }
        let response = Response(status: .ok)
        try response.content.encode(Page(total: total, limit: limit, offset: offset, next: next, items: rows))
        return response
    }

    static func row(_ m: AuditEventModel) -> Row {
        Row(id: m.id!, kind: m.kind, at: m.at, userId: m.userID, username: m.username, ip: m.ip, action: m.action,
            entity: m.entity, entityId: m.entityID, unitId: m.unitID, period: m.period,
            changes: JSON.decode([FieldChange].self, m.changes) ?? [], hash: m.hash)
    }

    /// One line per row, changes as "field: old → new"; cells that a spreadsheet would run
    /// as a formula are prefixed with an apostrophe.
    static func csv(_ rows: [Row]) throws -> Response {
        func cell(_ s: String) -> String {
            var v = s
            if let f = v.first, "=+-@\t\r".contains(f) { v = "'" + v }
            return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        var out = "\u{FEFF}id,time,kind,user,ip,action,record,unit,period,changes\r\n"
        for r in rows {
            out += [String(r.id), r.at, r.kind, r.username ?? "", r.ip ?? "", r.action, "\(r.entity)#\(r.entityId ?? "")",
                    r.unitId.map(String.init) ?? "", r.period ?? "", r.changes.map(\.summary).joined(separator: "; ")].map(cell)
                .joined(separator: ",") + "\r\n"
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        headers.replaceOrAdd(name: .contentDisposition, value: HTTPHeaders.attachment(title: "审计日志", ext: "csv"))
        return Response(status: .ok, headers: headers, body: .init(string: out))
    }
}
