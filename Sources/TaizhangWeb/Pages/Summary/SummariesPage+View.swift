extension SummariesPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        let f = Fields(state: m.form, t: t)
        return Layout.page(t(.summariesTitle), ctx) {
            UI.card(t(.generateSummary)) {
                p(.class("tz-hint")) { t(.generateHint) }
                postForm("/summaries", csrf: ctx.csrf, .class("tz-form tz-row")) {
                    f.formError
                    f.select("unit_id", t(.unit), options: m.units.map { (String($0.id), $0.name) },
                             value: String(ctx.currentUnitID), required: true)
                    f.select("period", t(.period), options: m.periods.map { ($0.code, $0.label(t.lang)) }, required: true)
                    if m.canRollUp {
                        f.select("scope", t(.scope), options: [("unit", t(.scopeUnit)), ("subtree", t(.scopeSubtree))], value: "unit")
                    }
                    div(.class("tz-form-actions")) { submitButton(t(.generate)) }
                }
            }
            if m.rows.isEmpty { UI.empty(t(.noSummaries)) } else {
                UI.table([t(.summaryTitle), t(.unit), t(.period), t(.version), t(.updatedAt), t(.findings)]) {
                    for row in m.rows {
                        tr {
                            td {
                                a(.href("/summaries/\(row.id)")) { row.title }
                                if row.subtree {
                                    " "
                                    UI.badge(t(.scopeSubtree), "muted")
                                }
                            }
                            td { row.unitName }
                            td { row.period.label(t.lang) }
                            td(.class("tz-num-cell")) { "v\(row.version)" }
                            td(.class("tz-nowrap")) { Fmt.stamp(row.updatedAt, t.lang) + " · " + row.updatedBy }
                            td(.class("tz-num-cell")) { row.findings.map(String.init) ?? "—" }
                        }
                    }
                }
            }
        }
    }
}
