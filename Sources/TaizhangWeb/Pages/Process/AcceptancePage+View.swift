extension AcceptancePage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        let verdict = m.vetoed ? t(.vetoed) : m.passed ? t(.passed) : t(.notPassed)
        return ProcessTabs.page(t(.procAcceptance), "/process/acceptance", ctx) {
            UI.facts([(t(.unit), text(m.unitName)), (t(.cycle), text(m.cycle)),
                      (t(.result), UI.badge(verdict, m.vetoed || !m.passed ? "error" : "ok"))])
            if m.vetoed {
                div(.class("tz-alert tz-alert-error"), .role("alert")) {
                    p { strong { t(.vetoExplained) } }
                    ul { for r in m.requirements where !r.met && r.veto { li { strong { r.name }; t.colon + r.detail } } }
                }
            }
            UI.card(t(.basicRequirements)) {
                UI.table([t(.requirement), t(.result), t(.detail)]) {
                    for r in m.requirements {
                        tr(.when(!r.met, .class("tz-over"))) {
                            td { r.name; if r.veto { " "; UI.badge(t(.vetoItem), "veto") } }
                            td { r.met ? UI.badge(t(.met), "ok") : UI.badge(t(.notMet), "error") }
                            td { r.detail }
                        }
                    }
                }
            }
            UI.card(t(.weightedParts)) {
                UI.table([t(.part), t(.weight), t(.score), t(.weightedScore)]) {
                    for part in m.parts {
                        tr {
                            td { part.name }
                            td(.class("tz-num-cell")) { Fmt.number(part.weight) + "%" }
                            td(.class("tz-num-cell")) { Fmt.number(part.score) }
                            td(.class("tz-num-cell")) { Fmt.number(part.weighted) }
                        }
                    }
                    tr(.class("tz-total-row")) {
                        th(Attribute("scope", "row"), Attribute("colspan", "3")) { t(.totalScore) + t.paren(t(.passMark) + " " + Fmt.number(m.passMark)) }
                        td(.class("tz-num-cell")) { strong { Fmt.number(m.total) } }
                    }
                }
                if m.vetoed { p(.class("tz-hint")) { t(.vetoOverridesScore) } }
            }
        }
    }
}
