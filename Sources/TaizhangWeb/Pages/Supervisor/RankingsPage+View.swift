extension RankingsPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        let f = Fields(state: FormState(values: ["metric": m.metric, "period": m.period?.code ?? ""]), t: t)
        let chosen = m.metrics.first { $0.value == m.metric }?.label ?? m.metric
        let title = chosen + (m.period.map { " · " + $0.label(t.lang) } ?? "")
        return Layout.page(t(.rankingsTitle), ctx) {
            getForm("/rankings", .class("tz-filters")) {
                f.select("metric", t(.metric), options: m.metrics.map { ($0.value, $0.label) })
                f.select("period", t(.period), options: m.periods.map { ($0.code, $0.label(t.lang)) })
                div(.class("tz-filter-actions")) { submitButton(t(.show), kind: "plain") }
            }
            if m.rows.isEmpty { UI.empty(t(.noData)) } else {
                UI.card(title) {
                    Charts.rankingBars(m.rows.map { Charts.RankingBar(label: $0.unitName, value: $0.value, valueText: $0.valueText,
                                                                      highlighted: $0.own) },
                                       id: "chart-ranking", title: title)
                }
                let ranks = UI.sharedRanks(m.rows.map(\.value))
                UI.table([t(.rank), t(.unit), chosen]) {
                    for (i, row) in m.rows.enumerated() {
                        tr(.when(row.own, .class("tz-own"))) {
                            td { String(ranks[i]) }
                            td { a(.href("/units/\(row.unitID)")) { row.unitName } }
                            td(.class("tz-num-cell")) { row.valueText }
                        }
                    }
                }
            }
        }
    }
}
