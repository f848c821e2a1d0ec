extension ScoresPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        return ProcessTabs.page(t(.procScores), "/process/scores", ctx) {
            p(.class("tz-lead")) { t(.scoringPeriod) + t.colon + m.scoringPeriod }
            p(.class("tz-hint")) { t(.scoreRule) }
            for card in m.cards.sorted(by: { $0.total > $1.total }) {
                UI.card(card.unitName, extra: span(.class("tz-kpi")) { t(.totalScore) + t.colon + String(card.total) }) {
                    UI.table([t(.item), t(.outlet), t(.tier), t(.points)], cls: "tz-breakdown") {
                        tr {
                            td { t(.baseScore) + t.colon + card.baseReason }
                            td { "" }; td { "" }
                            td(.class("tz-num-cell")) { String(card.base) }
                        }
                        for ad in card.adoptions {
                            tr {
                                td { Fmt.date(ad.date, t.lang) + " " + ad.title }
                                td { ad.outlet }
                                td { ad.tier }
                                td(.class("tz-num-cell")) { "+" + String(ad.points) }
                            }
                        }
                        tr(.class("tz-total-row")) {
                            th(Attribute("scope", "row"), Attribute("colspan", "3")) { t(.totalScore) }
                            td(.class("tz-num-cell")) { String(card.total) }
                        }
                    }
                }
            }
        }
    }
}
