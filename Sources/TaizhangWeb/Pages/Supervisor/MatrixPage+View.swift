import TaizhangDomain

extension MatrixPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        return Layout.page(t(.matrixTitle), ctx) {
            controls(m, t)
            legend(t)
            heatmap(m.grid, t)
            reminderForm(m, ctx)
        }
    }

    static func controls(_ m: Model, _ t: Loc) -> Node {
        let f = Fields(state: FormState(values: ["plan": String(m.planID), "from": m.from?.code ?? "", "to": m.to?.code ?? ""]), t: t)
        let periods = m.periodOptions.map { ($0.code, $0.label(t.lang)) }
        return getForm("/matrix", .class("tz-filters")) {
            f.select("plan", t(.plan), options: m.plans.map { (String($0.id), $0.name) })
            f.select("from", t(.fromPeriod), options: periods, blank: "—")
            f.select("to", t(.toPeriod), options: periods, blank: "—")
            div(.class("tz-filter-actions")) { submitButton(t(.show), kind: "plain") }
        }
    }

    /// The cell symbols make the map readable in black-and-white print and for colour-blind readers.
    static let symbols: [Timeliness: String] = [.onTime: "✓", .late: "!", .missing: "✗", .notDue: "·", .notExpected: ""]

    static func legend(_ t: Loc) -> Node {
        ul(.class("tz-legend")) {
            // A period before the plan bound the unit is an empty cell, not a status to explain.
            for s in Timeliness.allCases where s != .notExpected {
                li { span(.class("tz-cell tz-cell-" + s.rawValue), .aria("hidden", "true")) { symbols[s] ?? "" }; " " + t.timeliness(s) }
            }
        }
    }

    static func heatmap(_ g: Grid, _ t: Loc, footer: Bool = true) -> Node {
        guard !g.rows.isEmpty else { return UI.empty(t(.noUnits)) }
        return div(.class("tz-table-wrap")) {
            table(.class("tz-table tz-heatmap")) {
                caption { t(.matrixCaption) }
                thead {
                    tr {
                        th(Attribute("scope", "col")) { t(.unit) }
                        for p in g.periods { th(Attribute("scope", "col")) { p.label(t.lang) } }
                        th(Attribute("scope", "col")) { t(.reportingRate) }
                        th(Attribute("scope", "col")) { t(.onTimeRate) }
                    }
                }
                tbody {
                    for row in g.rows {
                        tr {
                            th(Attribute("scope", "row")) { a(.href("/units/\(row.unitID)")) { row.unitName } }
                            for (i, c) in row.cells.enumerated() { cell(c, g.periods[i], row.unitName, t) }
                            rateCells(row.rates)
                        }
                    }
                }
                if footer { footerRow(g, t) }
            }
        }
    }

    static func footerRow(_ g: Grid, _ t: Loc) -> Node {
        el("tfoot", []) {
            tr {
                th(Attribute("scope", "row")) { t(.allUnits) }
                for c in g.columns { td(.class("tz-rate")) { Fmt.percent(c.reportingRate) } }
                rateCells(g.total)
            }
        }
    }

    static func cell(_ c: Cell, _ period: Period, _ unitName: String, _ t: Loc) -> Node {
        var tip = unitName + " " + period.label(t.lang) + t.colon + t.timeliness(c.status) + t.comma + t(.dueDate) + " " + Fmt.date(c.dueDate, t.lang)
        if let at = c.submittedAt { tip += t.comma + t(.submittedAt) + " " + Fmt.stamp(at, t.lang) }
        let symbol = text(symbols[c.status] ?? "")
        return td(.class("tz-cell tz-cell-" + c.status.rawValue), .title(tip)) {
            if let id = c.submissionID { a(.href("/submissions/\(id)"), .aria("label", tip)) { symbol } } else {
                span(.aria("label", tip), .role("img")) { symbol }
            }
        }
    }

    static func rateCells(_ r: Rates) -> Node {
        .fragment([
            td(.class("tz-rate")) { Fmt.percent(r.reportingRate); small { " \(r.actual)/\(r.expected)" } },
            td(.class("tz-rate")) { Fmt.percent(r.onTimeRate) },
        ])
    }

    /// Periods with at least one missing report can be reminded.
    static func reminderForm(_ m: Model, _ ctx: PageContext) -> Node {
        let t = ctx.t
        let missing = m.grid.periods.indices.filter { i in m.grid.rows.contains { $0.cells[i].status == .missing } }
        guard !missing.isEmpty else { return .none }
        let f = Fields(state: .empty, t: t)
        return UI.card(t(.remindTitle)) {
            postForm("/reminders/non-submitters", csrf: ctx.csrf, .class("tz-form")) {
                hidden("plan_id", String(m.planID))
                f.select("period", t(.period), options: missing.reversed().map { i in
                    let p = m.grid.periods[i]
                    let count = m.grid.rows.filter { $0.cells[i].status == .missing }.count
                    return (p.code, p.label(t.lang) + t.paren(t(.missingCount) + " \(count)"))
                }, required: true)
                div(.class("tz-form-actions")) { submitButton(t(.remindNonSubmitters), confirm: t(.remindConfirm)) }
            }
        }
    }
}
