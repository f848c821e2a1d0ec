import Fluent
import Foundation
import TaizhangDomain
import TaizhangWeb
import Vapor

/// GET /audit: the audit log of the unit the user works in (a leader's unit, a
/// supervisor's subtree), field by field, with the same filters as `/api/audit` and a CSV link.
enum AuditPageController {
    static func page(req: Request) async throws -> Response {
        let (ctx, unit, scope) = try await req.pageSession()
        var filter = try req.auditFilter()
        filter.limit = 50
        if filter.unit == nil { filter.unit = unit.id }
        let (total, models) = try await AuditLog.search(filter, actor: try await req.actor(), on: req.db)
        var filters: [String: String] = ["unit": String(filter.unit!)]
        if let e = filter.entity { filters["entity"] = e }
        if let r = filter.record { filters["record"] = r }
        if let p = filter.period { filters["period"] = p.code }
        let csv = "/api/audit?" + (filters.merging(["format": "csv", "limit": "500"]) { a, _ in a })
            .sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
            .joined(separator: "&")
        let rows = models.map { m in
            AuditPage.Row(id: m.id!, at: displayTime(m.at), user: m.username ?? "", ip: m.ip ?? "", action: m.action,
                          record: m.entity + (m.entityID.map { " #" + $0 } ?? "") + (m.period.map { " " + $0 } ?? ""),
                          security: m.kind == "security", changes: JSON.decode([FieldChange].self, m.changes) ?? [])
        }
        let model = AuditPage.Model(unitName: scope.tree[filter.unit!]?.name ?? unit.name, filters: filters, rows: rows,
                                    total: total, offset: filter.offset, limit: filter.limit, csvURL: csv)
        return req.html(AuditPage.render(model, ctx))
    }

    /// "2024-07-03T02:00:00.000Z" → "2024-07-03 10:00:00" (Beijing time, as offices read it).
    static func displayTime(_ iso: String) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = f.date(from: iso) else { return iso }
        let out = DateFormatter()
        out.timeZone = TimeZone.china; out.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return out.string(from: date)
    }
}
