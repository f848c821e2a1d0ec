import TaizhangDomain

extension SubmissionsPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        return Layout.page(t(.submissionsTitle), ctx) {
            if !m.plans.isEmpty { draftForm(m, ctx) }
            let f = Fields(state: FormState(values: ["status": m.statusFilter ?? ""]), t: t)
            getForm("/submissions", .class("tz-filters")) {
                f.select("status", t(.status), options: SubmissionStatus.allCases.map { ($0.rawValue, t.status($0)) }, blank: t(.all))
                div(.class("tz-filter-actions")) { submitButton(t(.applyFilters), kind: "plain") }
            }
            if m.rows.isEmpty { UI.empty(t(.noSubmissions)) } else { SubmissionRow.table(m.rows, showUnit: m.showUnit, t) }
            UI.pagination(base: "/submissions", query: [("status", m.statusFilter)], page: m.page, pageCount: m.pageCount, t)
        }
    }

    static func draftForm(_ m: Model, _ ctx: PageContext) -> Node {
        let t = ctx.t
        let f = Fields(state: m.form, t: t)
        return UI.card(t(.newDraft)) {
            p(.class("tz-hint")) { t(.newDraftHint) }
            postForm("/submissions", csrf: ctx.csrf, .class("tz-form tz-row")) {
                f.formError
                f.select("plan_id", t(.plan), options: m.plans.map { (String($0.id), $0.name) }, required: true)
                f.select("period", t(.period), options: m.draftPeriods.map { ($0.code, $0.label(t.lang)) }, required: true)
                div(.class("tz-form-actions")) { submitButton(t(.createDraft)) }
            }
        }
    }

    /// The one-click "start the draft" used on the home page's due list.
    static func draftButton(planID: Int, period: Period, _ ctx: PageContext) -> Node {
        postForm("/submissions", csrf: ctx.csrf, .class("tz-inline")) {
            hidden("plan_id", String(planID))
            hidden("period", period.code)
            submitButton(ctx.t(.startDraft), kind: "plain")
        }
    }
}
