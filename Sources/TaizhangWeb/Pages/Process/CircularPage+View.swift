extension CircularPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        let ranked = m.rows.sorted { ($0.total, $1.unitName) > ($1.total, $0.unitName) }
        let ranks = UI.sharedRanks(ranked.map { Double($0.total) })
        return ProcessTabs.page(t(.procCirculars), "/process/circulars", ctx) {
            if !m.others.isEmpty {
                ul(.class("tz-inline-list")) { for o in m.others { li { a(.href(ProcessTabs.link("/process/circulars/" + URLs.encode(o.value), ctx))) { o.label } } } }
            }
            el("article", [.class("tz-circular")]) {
                h2(.class("tz-circular-title")) { m.title }
                p { m.intro }
                Charts.rankingBars(ranked.map { Charts.RankingBar(label: $0.unitName, value: Double($0.total), valueText: String($0.total)) },
                                   id: "chart-circular", title: m.title)
                UI.table([t(.rank), t(.unit), t(.baseScore), t(.adoptions), t(.adoptionPoints), t(.totalScore)]) {
                    for (i, r) in ranked.enumerated() {
                        tr {
                            td { String(ranks[i]) }
                            td { r.unitName }
                            td(.class("tz-num-cell")) { String(r.base) }
                            td(.class("tz-num-cell")) { String(r.adoptionCount) }
                            td(.class("tz-num-cell")) { String(r.adoptionPoints) }
                            td(.class("tz-num-cell")) { strong { String(r.total) } }
                        }
                    }
                }
                p(.class("tz-signature")) { m.issuer }
                p(.class("tz-signature")) { Fmt.date(m.issuedOn, t.lang) }
            }
            a(.class("tz-btn tz-btn-plain"), .href(ProcessTabs.link("/process/circulars/\(URLs.encode(m.id))/export?format=docx", ctx))) { t(.export) + " Word (.docx)" }
        }
    }
}
