extension LiaisonPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        return ProcessTabs.page(t(.procLiaison), "/process/liaison", ctx) {
            UI.card(t(.currentLiaison)) {
                if let c = m.current {
                    UI.facts([(t(.name), text(c.name)), (t(.jobTitle), text(c.title)), (t(.phone), text(c.phone)),
                              (t(.since), UI.date(c.since, t.lang))])
                } else {
                    p(.class("tz-alert tz-alert-error")) { t(.noLiaison) }
                }
                if !m.previous.isEmpty {
                    details {
                        summary { t(.previousLiaisons) }
                        ul { for l in m.previous { li { l.name + " · " + l.title + " · " + Fmt.date(l.since, t.lang) + " – " + (l.until.map { Fmt.date($0, t.lang) } ?? "") } } }
                    }
                }
                if m.canEdit { form(m.form, ctx) }
            }
            UI.card(t(.rotation)) {
                UI.table([t(.period), t(.host), t(.heldOn)]) {
                    for r in m.rotation {
                        tr(.when(r.isUs, .class("tz-own"))) {
                            td { r.period.label(t.lang) }
                            td { r.host; if r.isUs { " "; UI.badge(t(.ourUnit), "own") } }
                            td { r.heldOn.map { Fmt.date($0, t.lang) } ?? t(.notYetHeld) }
                        }
                    }
                }
                if m.canManage { meetingForm(m, ctx) }
            }
        }
    }

    static func meetingForm(_ m: Model, _ ctx: PageContext) -> Node {
        let t = ctx.t
        return foldedForm(t(.recordLiaisonMeeting), action: ProcessTabs.link("/process/liaison/meetings", ctx), state: m.meetingForm, ctx) { f in
            div(.class("tz-row")) {
                f.input("period", t(.period), required: true, hint: t(.liaisonPeriodHint))
                f.input("date", t(.heldOn), type: "date", required: true)
            }
            div(.class("tz-row")) {
                f.select("host", t(.host), options: m.hostOptions.map { ($0.value, $0.label) }, blank: t(.hostElsewhere))
                f.input("host_name", t(.hostName))
            }
            div(.class("tz-form-actions")) { submitButton(t(.save)) }
        }
    }

    static func form(_ state: FormState, _ ctx: PageContext) -> Node {
        let t = ctx.t
        return foldedForm(t(.changeLiaison), action: ProcessTabs.link("/process/liaison", ctx), state: state, ctx, cls: "tz-form tz-row") { f in
            f.input("name", t(.name), required: true)
            f.input("title", t(.jobTitle), required: true)
            f.input("phone", t(.phone), type: "tel", required: true)
            div(.class("tz-form-actions")) { submitButton(t(.save), confirm: t(.changeLiaisonConfirm)) }
        }
    }
}
