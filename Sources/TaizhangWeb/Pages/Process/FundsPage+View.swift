extension FundsPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        let wan = t(.tenThousandYuan)
        return ProcessTabs.page(t(.procFunds), "/process/funds", ctx) {
            details(.class("tz-rule-box")) {
                summary { t(.fundRules) }
                ul { for c in m.allowedCategories { li { c } } }
                p { t(.fundNoSubstitute) }
            }
            if let r = m.report { report(r, canFile: m.canEdit, form: m.reportForm, ctx) }
            UI.card(t(.planLines), extra: m.planStatus.map { UI.badge($0, "status") } ?? .none) {
                Charts.progressBars(m.lines.map { line in
                    Charts.ProgressBar(label: line.project, percent: line.budget > 0 ? Int((line.spent / line.budget * 100).rounded()) : nil,
                                       valueText: Fmt.number(line.spent) + " / " + Fmt.number(line.budget) + " " + wan,
                                       behind: line.spent > line.budget)
                }, id: "chart-funds", title: t(.planLines))
                UI.table([t(.fundCategory), t(.project), t(.purpose), t(.budget), t(.spent), t(.remaining)]) {
                    for line in m.lines {
                        tr(.when(line.spent > line.budget, .class("tz-over"))) {
                            td { line.category }; td { line.project }; td { line.purpose }
                            td(.class("tz-num-cell")) { Fmt.number(line.budget) }
                            td(.class("tz-num-cell")) { Fmt.number(line.spent) }
                            td(.class("tz-num-cell")) { Fmt.number(line.budget - line.spent) }
                        }
                    }
                }
                p(.class("tz-hint")) { t(.amountsIn) + " " + wan }
                if m.canEdit { lineForm(m, ctx) }
            }
            UI.card(t(.expenditures)) {
                if m.expenditures.isEmpty { UI.empty(t(.noExpenditures)) } else {
                    UI.table([t(.date), t(.project), t(.amount), t(.purpose), t(.voucher), t(.check)]) {
                        for e in m.expenditures {
                            tr(.when(e.problem != nil, .class("tz-over"))) {
                                td(.class("tz-nowrap")) { Fmt.date(e.date, t.lang) }
                                td { e.lineName }
                                td(.class("tz-num-cell")) { Fmt.number(e.amount) + " " + wan }
                                td { e.purpose }
                                td { if let url = e.voucherURL { a(.href(url)) { t(.view) } } else { "—" } }
                                td { if let problem = e.problem { UI.badge(problem, "error") } else { UI.badge(t(.ok), "ok") } }
                            }
                        }
                    }
                }
                if m.canEdit { form(m, ctx) }
            }
        }
    }

    static func report(_ r: HalfYearReport, canFile: Bool, form: FormState, _ ctx: PageContext) -> Node {
        let t = ctx.t
        return UI.card(t(.halfYearReport) + t.paren(r.period.label(t.lang))) {
            if let filed = r.filedOn {
                p { UI.badge(t(.filed), "ok"); " " + Fmt.date(filed, t.lang) }
                // Someone else filed it meanwhile: say why this filing was not taken.
                if let problem = form.formError { p(.class("tz-alert tz-alert-error"), .role("alert")) { problem } }
            } else {
                p { t(.dueOn) + " "; UI.date(r.dueDate, t.lang); " "; UI.countdown(due: r.dueDate, today: ctx.today, t.lang) }
            }
            if let url = r.downloadURL { a(.class("tz-btn tz-btn-plain"), .href(url)) { t(.downloadReport) } }
            if canFile && r.filedOn == nil {
                foldedForm(t(.fileReport), action: ProcessTabs.link("/process/funds/report", ctx), state: form, ctx) { f in
                    hidden("period", r.period.code)
                    f.textarea("summary", t(.reportText), rows: 6, required: true, hint: t(.reportTextHint))
                    div(.class("tz-form-actions")) { submitButton(t(.fileReport)) }
                }
            }
        }
    }

    static func form(_ m: Model, _ ctx: PageContext) -> Node {
        let t = ctx.t
        return foldedForm(t(.addExpenditure), action: ProcessTabs.link("/process/funds/expenditures", ctx), state: m.form, ctx) { f in
            f.select("plan_line", t(.project), options: m.lines.map { (String($0.id), $0.category + " · " + $0.project) },
                     required: true, blank: "—")
            div(.class("tz-row")) {
                f.select("source", t(.fundSource), options: [("central", t(.centralFunds)), ("local", t(.localFunds))], value: "central")
                f.input("date", t(.date), type: "date", required: true)
                f.number("amount", t(.amount), suffix: t(.tenThousandYuan), decimal: true, required: true)
            }
            f.input("purpose", t(.purpose), required: true)
            div(.class("tz-form-actions")) { submitButton(t(.save)) }
        }
    }

    /// A new line changes the plan, which then needs the provincial review and the filing again.
    static func lineForm(_ m: Model, _ ctx: PageContext) -> Node {
        let t = ctx.t
        return foldedForm(t(.addPlanLine), action: ProcessTabs.link("/process/funds/lines", ctx), state: m.lineForm, ctx) { f in
            f.input("scope", t(.project), required: true)
            f.select("category", t(.fundCategory), options: m.categoryOptions.map { ($0.value, $0.label) }, required: true, blank: "—")
            f.input("purpose", t(.purpose))
            div(.class("tz-row")) {
                f.number("central_budget", t(.centralFunds), suffix: t(.tenThousandYuan), decimal: true, required: true)
                f.number("local_budget", t(.localFunds), suffix: t(.tenThousandYuan), decimal: true)
            }
            p(.class("tz-hint")) { t(.planChangeReview) }
            div(.class("tz-form-actions")) { submitButton(t(.add)) }
        }
    }
}
