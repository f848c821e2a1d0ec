extension InspectionsPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        return ProcessTabs.page(t(.procInspections), "/process/inspections", ctx) {
            UI.card(t(.inspections)) {
                UI.table([t(.date), t(.inspectionKind), t(.inspectionTitle), t(.findings), t(.reportFiled)]) {
                    for i in m.inspections {
                        tr {
                            td(.class("tz-nowrap")) { Fmt.date(i.date, t.lang) }
                            td { kind(i.kind, t) }
                            td { i.title }
                            td(.class("tz-num-cell")) { String(i.findingCount) }
                            td { i.reportFiled ? UI.badge(t(.filed), "ok") : UI.badge(t(.notFiled), "warning") }
                        }
                    }
                }
                if m.canManage { inspectionForm(m.inspectionForm, ctx) }
            }
            UI.card(t(.rectifications), extra: span(.class("tz-kpi")) { t(.rectificationRate) + t.colon + Fmt.percent(m.rectificationRate) }) {
                if m.items.isEmpty { UI.empty(t(.noRectifications)) }
                ul(.class("tz-rect-list")) {
                    for item in m.items.sorted(by: { ($0.status == .closed ? 1 : 0, $0.deadline) < ($1.status == .closed ? 1 : 0, $1.deadline) }) {
                        rectification(item, m, ctx)
                    }
                }
                if (m.canEdit || m.canManage) && !m.sources.isEmpty { itemForm(m, ctx) }
            }
        }
    }

    static func kind(_ k: InspectionKind, _ t: Loc) -> String {
        switch k { case .national: t(.inspNational); case .provincial: t(.inspProvincial); case .selfInspection: t(.inspSelf) }
    }

    static func statusName(_ s: ItemStatus, _ t: Loc) -> String {
        switch s {
        case .open: t(.rectOpen)
        case .extensionRequested: t(.rectExtensionRequested)
        case .extended: t(.rectExtended)
        case .closed: t(.rectClosed)
        }
    }

    static func rectification(_ item: Rectification, _ m: Model, _ ctx: PageContext) -> Node {
        let t = ctx.t
        let open = item.status != .closed
        let overdue = open && item.deadline < ctx.today
        let failed = m.failedItem == item.id
        return li(.class(overdue ? "tz-rect tz-overdue" : "tz-rect"), .id("rect-\(item.id)")) {
            div(.class("tz-rect-head")) {
                strong { item.title }
                " "
                UI.badge(statusName(item.status, t), item.status.rawValue)
                if overdue { " "; UI.badge(t(.overdue), "error") }
            }
            p(.class("tz-muted")) {
                t(.owner) + t.colon + item.owner + " · " + t(.deadline) + t.colon + Fmt.date(item.deadline, t.lang)
                if !item.source.isEmpty { " · " + item.source }
            }
            if open { p { UI.countdown(due: item.deadline, today: ctx.today, t.lang) } }
            if let closed = item.closedOn { p { t(.closedOn) + " " + Fmt.date(closed, t.lang) } }
            if open && m.canEdit { forms(item, failed ? m.form : .empty, overdue: overdue, ctx) }
        }
    }

    /// Extension only before the deadline (SPEC §4.4); close-off needs evidence.
    static func forms(_ item: Rectification, _ state: FormState, overdue: Bool, _ ctx: PageContext) -> Node {
        let t = ctx.t, f = Fields(state: state, t: t, prefix: "r\(item.id)-")
        let base = "/process/rectifications/\(item.id)"
        func action(_ suffix: String) -> String { ProcessTabs.link(base + suffix, ctx) }
        return div(.class("tz-rect-forms")) {
            // A refusal of no one field (asked too late, already closed) shows above both forms.
            f.formError
            if !overdue && item.status == .open {
                details(.when(state.errors["new_deadline"] != nil || state.errors["reason"] != nil, Attribute("open", nil))) {
                    summary { t(.requestExtension) }
                    postForm(action("/extension"), csrf: ctx.csrf, .class("tz-form")) {
                        f.input("new_deadline", t(.newDeadline), type: "date", required: true,
                                extra: [Attribute("min", item.deadline.adding(days: 1).iso)])
                        f.textarea("reason", t(.reason), rows: 2, required: true)
                        submitButton(t(.submitRequest), kind: "plain")
                    }
                }
            }
            details(.when(state.errors["note"] != nil, Attribute("open", nil))) {
                summary { t(.closeItem) }
                postForm(action("/close"), csrf: ctx.csrf, .class("tz-form")) {
                    f.textarea("note", t(.closeNote), rows: 2, required: true)
                    submitButton(t(.closeItem), kind: "plain", confirm: t(.closeConfirm))
                }
            }
        }
    }

    /// 督导检查 as the national office reports it: when planned, when held, what it found.
    static func inspectionForm(_ state: FormState, _ ctx: PageContext) -> Node {
        let t = ctx.t
        return foldedForm(t(.addInspection), action: ProcessTabs.link("/process/inspections", ctx), state: state, ctx) { f in
            div(.class("tz-row")) {
                f.input("planned_on", t(.plannedOn), type: "date", required: true)
                f.input("held_on", t(.heldOn), type: "date")
            }
            f.textarea("findings", t(.findings), rows: 3, hint: t(.onePerLine))
            div(.class("tz-form-actions")) { submitButton(t(.save)) }
        }
    }

    /// One item per finding of the chosen inspection or self-inspection report.
    static func itemForm(_ m: Model, _ ctx: PageContext) -> Node {
        let t = ctx.t
        return foldedForm(t(.openItems), action: ProcessTabs.link("/process/rectifications", ctx), state: m.itemForm, ctx) { f in
            f.select("source", t(.source), options: m.sources.map { ($0.value, $0.label) }, required: true, blank: "—")
            div(.class("tz-row")) {
                f.input("owner", t(.owner), required: true)
                f.input("deadline", t(.deadline), type: "date", required: true)
            }
            div(.class("tz-form-actions")) { submitButton(t(.save)) }
        }
    }
}
