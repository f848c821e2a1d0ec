import TaizhangDomain

extension SubmissionPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        let row = m.row
        return Layout.page(row.planName + " · " + row.period.label(t.lang), ctx) {
            UI.facts([
                (t(.unit), text(row.unitName)), (t(.status), UI.status(row.status, t)),
                (t(.dueDate), .fragment([UI.date(row.dueDate, t.lang), text(" "), row.submittedAt == nil
                    ? UI.countdown(due: row.dueDate, today: ctx.today, t.lang) : .none])),
                (t(.timeliness), UI.timeliness(row.timeliness, t)),
            ])
            div(.class("tz-columns")) {
                div(.class("tz-col-main")) {
                    UI.card(t(.reportedValues)) { valuesTable(m.values, t) }
                    if !m.checks.isEmpty { checksList(m.checks, t) }
                    UI.card(t(.narrative)) { narrative(m, ctx) }
                    if !m.attachments.isEmpty {
                        UI.card(t(.evidence)) {
                            ul { for e in m.attachments { li { a(.href(e.url)) { e.filename }; small(.class("tz-muted")) { " " + e.sizeText } } } }
                        }
                    }
                }
                div(.class("tz-col-side")) {
                    if !m.allowedActions.isEmpty { UI.card(t(.actions)) { SubmissionPage.actions(m, ctx) } }
                    UI.card(t(.timeline)) { timeline(m.timeline, t) }
                }
            }
        }
    }

    static func valuesTable(_ values: [Value], _ t: Loc) -> Node {
        guard !values.isEmpty else { return UI.empty(t(.noValues)) }
        return UI.table([t(.indicator), t(.value), t(.lastYear)]) {
            for v in values {
                tr {
                    td { t.pick(zh: v.value.name, en: v.value.nameEn) }
                    td(.class("tz-num-cell")) { Fmt.quantity(v.value.value, qualifier: v.value.qualifier, measure: v.value.measureWord, t.lang) }
                    td(.class("tz-num-cell")) { v.lastYear.map { Fmt.number($0) + " " + v.value.measureWord } ?? "—" }
                }
            }
        }
    }

    static func checksList(_ checks: [RuleCheck], _ t: Loc) -> Node {
        ul(.class("tz-rule-checks"), .role("status")) {
            for c in checks {
                li(.class(c.blocking ? "tz-rule-block" : "tz-rule-warn")) {
                    strong { c.blocking ? t(.ruleBlocking) : t(.ruleWarning) }
                    " " + c.message
                }
            }
        }
    }

    static func narrative(_ m: Model, _ ctx: PageContext) -> Node {
        let t = ctx.t
        guard m.canEdit else {
            return div(.class("tz-prose")) { for line in m.narrative.split(separator: "\n") { p { String(line) } } }
        }
        let f = Fields(state: FormState(values: ["narrative": m.form.values["narrative"] ?? m.narrative],
                                        errors: m.form.errors), t: t)
        return postForm("/submissions/\(m.row.id)", csrf: ctx.csrf, .class("tz-form")) {
            f.textarea("narrative", t(.narrative), rows: 8)
            submitButton(t(.save), kind: "plain")
        }
    }

    static func timeline(_ events: [Event], _ t: Loc) -> Node {
        ol(.class("tz-timeline")) {
            for e in events {
                li {
                    strong { e.action.map(t.action) ?? t(.drafted) }
                    " " + e.actor
                    br()
                    small(.class("tz-muted")) { Fmt.stamp(e.at, t.lang) }
                    if let c = e.comment, !c.isEmpty { el("blockquote", [.class("tz-comment")]) { c } }
                }
            }
        }
    }
}
