import TaizhangDomain

extension MatrixPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        return Layout.page(t(.matrixTitle), ctx) {
            controls(m, t)
            legend(t)
            heatmap(m.grid, t, current: m.dueNow)
            reminderForm(m, ctx)
        }
    }

    static func controls(_ m: Model, _ t: Loc) -> Node {
        let f = Fields(state: FormState(values: ["plan": String(m.planID), "from": m.from?.code ?? "", "to": m.to?.code ?? ""]), t: t)
        let periods = m.periodOptions.map { ($0.code, $0.label(t.lang)) }
        return getForm("/matrix", .class("tz-filters")) {
            f.select("plan", t(.plan), options: m.plans.map { (String($0.id), t.planName($0.name)) })
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

    /// Units down, periods across. The unit column stays in place while the periods scroll
    /// (sticky), the rates come right after it so they are in view at 1280 px, and the page
    /// opens scrolled to the period due now (app.js), which on a phone is the last column.
    static func heatmap(_ g: Grid, _ t: Loc, footer: Bool = true, current: Period? = nil) -> Node {
        guard !g.rows.isEmpty else { return UI.empty(t(.noUnits)) }
        return div(.class("tz-table-wrap tz-heatmap-wrap")) {
            table(.class("tz-table tz-heatmap")) {
                caption { t(.matrixCaption) }
                thead {
                    tr {
                        th(Attribute("scope", "col"), .class("tz-sticky")) { t(.unit) }
                        th(Attribute("scope", "col"), .class("tz-rate")) { t(.reportingRate) }
                        th(Attribute("scope", "col"), .class("tz-rate")) { t(.onTimeRate) }
                        for (i, p) in g.periods.enumerated() {
                            th(Attribute("scope", "col"), .title(p.label(t.lang)), .when(p == current, .data("current", "1"))) {
                                shortLabel(p, previous: i > 0 ? g.periods[i - 1] : nil, t)
                            }
                        }
                    }
                }
                tbody {
                    for row in g.rows {
                        tr {
                            th(Attribute("scope", "row"), .class("tz-sticky")) { a(.href("/units/\(row.unitID)")) { row.unitName } }
                            rateCells(row.rates)
                            for (i, c) in row.cells.enumerated() { cell(c, g.periods[i], row.unitName, t) }
                        }
                    }
                }
                if footer { footerRow(g, t) }
            }
        }
    }

    /// "6月" under a "2024年" shown where the year starts or changes, so twelve months fit
    /// beside the rates; the full label is in the title.
    static func shortLabel(_ p: Period, previous: Period?, _ t: Loc) -> Node {
        guard p.kind == .month else { return text(p.label(t.lang)) }
        let month = t.lang == .zh ? "\(p.index)月" : String(Fmt.monthsEn[p.index - 1].prefix(3))
        let showYear = previous == nil || previous?.year != p.year
        return .fragment([showYear ? span(.class("tz-col-year")) { t.lang == .zh ? "\(p.year)年" : "\(p.year)" } : .none,
                          text(month)])
    }

    static func footerRow(_ g: Grid, _ t: Loc) -> Node {
        el("tfoot", []) {
            tr {
                th(Attribute("scope", "row"), .class("tz-sticky")) { t(.allUnits) }
                rateCells(g.total)
                for c in g.columns { td(.class("tz-rate")) { Fmt.percent(c.reportingRate) } }
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

    /// Periods with a unit that has not reported can be reminded — the one due now too, before
    /// its deadline has passed (on the deadline day that is the one that matters). The period
    /// due now is chosen; the others follow, newest first.
    static func reminderForm(_ m: Model, _ ctx: PageContext) -> Node {
        let t = ctx.t
        let open = m.grid.periods.indices.filter { i in m.grid.rows.contains { [.missing, .notDue].contains($0.cells[i].status) } }
        guard !open.isEmpty else { return .none }
        let chosen = m.dueNow.flatMap { due in open.contains { m.grid.periods[$0] == due } ? due.code : nil }
            ?? open.last.map { m.grid.periods[$0].code } ?? ""
        let f = Fields(state: FormState(values: ["period": chosen]), t: t)
        return UI.card(t(.remindTitle), id: "remind") {
            postForm("/reminders/non-submitters", csrf: ctx.csrf, .class("tz-form tz-remind-form")) {
                hidden("plan_id", String(m.planID))
                f.select("period", t(.period), options: open.reversed().map { i in
                    let p = m.grid.periods[i]
                    let count = m.grid.rows.filter { [.missing, .notDue].contains($0.cells[i].status) }.count
                    return (p.code, p.label(t.lang) + t.paren(t(.notFiled) + " \(count)"))
                }, required: true)
                div(.class("tz-form-actions")) { submitButton(t(.remindNonSubmitters), confirm: t(.remindConfirm)) }
            }
        }
    }
}
