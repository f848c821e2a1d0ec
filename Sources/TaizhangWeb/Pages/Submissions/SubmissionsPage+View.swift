import TaizhangDomain

extension SubmissionsPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        return Layout.page(t(.submissionsTitle), ctx) {
            if !m.plans.isEmpty { draftForm(m, ctx) }
            filterForm(m, t)
            if m.rows.isEmpty { UI.empty(t(.noSubmissions)) } else { SubmissionRow.table(m.rows, showUnit: m.showUnit, t) }
            UI.pagination(base: "/submissions", query: m.filters.query, page: m.page, pageCount: m.pageCount, t)
        }
    }

    /// Status for everyone; unit, plan and period too where the list spans several units.
    static func filterForm(_ m: Model, _ t: Loc) -> Node {
        let fl = m.filters
        let f = Fields(state: FormState(values: ["status": fl.status ?? "", "unit": fl.unit.map(String.init) ?? "",
                                                 "plan": fl.plan.map(String.init) ?? "", "period": fl.period ?? ""]), t: t)
        return getForm("/submissions", .class("tz-filters")) {
            if !m.unitOptions.isEmpty {
                f.select("unit", t(.unit), options: m.unitOptions.map { (String($0.id), $0.name) }, blank: t(.all))
            }
            if m.showUnit || m.planOptions.count > 1 {
                f.select("plan", t(.plan), options: m.planOptions.map { (String($0.id), t.planName($0.name)) }, blank: t(.all))
                f.select("period", t(.period), options: m.periodOptions.map { ($0.code, $0.label(t.lang)) }, blank: t(.all))
            }
            f.select("status", t(.status), options: SubmissionStatus.allCases.map { ($0.rawValue, t.status($0)) }, blank: t(.all))
            div(.class("tz-filter-actions")) {
                submitButton(t(.applyFilters), kind: "plain")
                if !fl.isEmpty { a(.href("/submissions")) { t(.clearFilters) } }
            }
        }
    }

    static func draftForm(_ m: Model, _ ctx: PageContext) -> Node {
        let t = ctx.t
        let f = Fields(state: m.form, t: t)
        return UI.card(t(.newDraft), id: "new-draft") {
            p(.class("tz-hint")) { t(.newDraftHint) }
            postForm("/submissions", csrf: ctx.csrf, .class("tz-form tz-row")) {
                f.formError
                f.select("plan_id", t(.plan), options: m.plans.map { (String($0.id), t.planName($0.name)) }, required: true)
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
