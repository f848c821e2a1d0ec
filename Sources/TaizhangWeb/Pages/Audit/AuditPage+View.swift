import TaizhangDomain

extension AuditPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        let f = Fields(state: FormState(values: m.filters), t: t)
        return Layout.page(t(.auditTitle), ctx) {
            getForm("/audit", .class("tz-filters")) {
                if let unit = m.filters["unit"] { hidden("unit", unit) }
                f.select("entity", t(.auditRecordKind), options: [("", t(.auditAll)), ("entry", t(.auditEntries)),
                                                                  ("submission", t(.auditSubmissions)), ("summary", t(.auditSummaries)),
                                                                  ("security", t(.auditSecurity))])
                f.input("record", t(.auditRecordID))
                f.input("period", t(.period), hint: "2024H1")
                div(.class("tz-filter-actions")) {
                    submitButton(t(.show), kind: "plain")
                    a(.class("tz-btn tz-btn-plain"), .href(m.csvURL)) { t(.exportCSV) }
                }
            }
            p(.class("tz-hint")) { m.unitName + t(.auditCount) + String(m.total) }
            if m.rows.isEmpty { UI.empty(t(.noData)) } else {
                UI.table([t(.auditTime), t(.auditUser), t(.auditAction), t(.auditRecord), t(.auditChanges)], cls: "tz-audit") {
                    for row in m.rows {
                        tr(.when(row.security, .class("tz-audit-security"))) {
                            td { row.at }
                            td { row.user + (row.ip.isEmpty ? "" : "（" + row.ip + "）") }
                            td { row.action }
                            td { row.record }
                            td {
                                ul(.class("tz-changes")) {
                                    for c in row.changes { li { c.field + "：" + (c.old ?? "—") + " → " + (c.new ?? "—") } }
                                }
                            }
                        }
                    }
                }
                div(.class("tz-pager")) {
                    if m.offset > 0 { a(.href(pageURL(m, offset: max(0, m.offset - m.limit)))) { t(.previousPage) } }
                    if m.offset + m.limit < m.total { a(.href(pageURL(m, offset: m.offset + m.limit))) { t(.nextPage) } }
                }
            }
        }
    }

    static func pageURL(_ m: Model, offset: Int) -> String {
        var filters = m.filters
        filters["offset"] = String(offset)
        return URLs.path("/audit", filters.sorted { $0.key < $1.key }.map { ($0.key, Optional($0.value)) })
    }
}
