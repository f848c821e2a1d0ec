import TaizhangDomain

extension UnitPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        return Layout.page(m.unitName, ctx) {
            if !m.ancestors.isEmpty {
                el("nav", [.class("tz-breadcrumb"), .aria("label", t(.breadcrumb))]) {
                    for u in m.ancestors { a(.href("/units/\(u.id)")) { u.name }; " › " }
                    span(.aria("current", "page")) { m.unitName }
                }
            }
            UI.facts([
                (t(.unitKind), text(t.unitKind(m.kind))),
                (t(.liaisonName), text(m.liaison ?? "—")),
                (t(.openRectifications), text(String(m.openRectifications))),
            ])
            UI.card(t(.reportingRecord)) {
                if m.history.isEmpty { UI.empty(t(.noPlans)) }
                for h in m.history {
                    h3 { t.planName(h.planName) }
                    MatrixPage.heatmap(MatrixPage.Grid(periods: h.periods, rows: [h.row],
                                                       columns: h.row.cells.map { _ in MatrixPage.Rates(expected: 0, actual: 0, onTime: 0) },
                                                       total: h.row.rates), t, footer: false)
                }
                MatrixPage.legend(t)
            }
            div(.class("tz-grid")) {
                UI.card(t(.progressTitle)) {
                    if m.progress.isEmpty { UI.empty(t(.noTargets)) } else {
                        Charts.progressBars(m.progress, id: "unit-progress", title: t(.progressTitle))
                    }
                }
                if let trend = m.trend {
                    UI.card(trend.title) { Charts.trendLine(trend.series, xLabels: trend.xLabels, id: "unit-trend", title: trend.title) }
                }
            }
            UI.card(t(.recentSubmissions)) {
                if m.submissions.isEmpty { UI.empty(t(.noSubmissions)) } else { SubmissionRow.table(m.submissions, showUnit: false, t) }
            }
        }
    }
}
