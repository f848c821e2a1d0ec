import TaizhangDomain

extension ServiceBoardPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        return ServiceTabs.page(t(.svcBoard), "/service", ctx) {
            p(.class("tz-lead")) { m.centreName + " · " + t(.svcAsOf) + t.colon + Fmt.date(m.asOf, t.lang) }
            div(.class("tz-kpis")) {
                tile(t(.svcOpen), m.now.open, "info"); tile(t(.svcInTime), m.now.inTime, "ok")
                tile(t(.svcYellow), m.now.yellow, "warning"); tile(t(.svcRed), m.now.red, "error"); tile(t(.svcAbnormal), m.now.abnormal, "error")
            }
            UI.card(t(.svcRates) + " · " + m.periodLabel, extra: periodPicker(m, ctx)) {
                UI.table([t(.name), t(.value), t(.svcDefinition)]) {
                    for r in m.rates {
                        tr {
                            th(Attribute("scope", "row")) { r.name }
                            td(.class("tz-num-cell")) { ServiceTabs.rate(r.percent); br(); span(.class("tz-muted")) { r.parts } }
                            td(.class("tz-hint")) { r.definition }
                        }
                    }
                }
                UI.facts(m.figures.map { ($0.label, Node.text(String($0.value))) })
            }
            UI.card(t(.svcDepartments)) {
                UI.table([t(.department), t(.svcOpen), t(.svcYellow), t(.svcRed), t(.svcAbnormal)] + m.rates.prefix(3).map(\.name)) {
                    for d in m.departments {
                        groupRow(d, strong: true)
                        for w in d.windows { groupRow(w, strong: false) }
                    }
                }
            }
            UI.card(t(.svcRed), id: "red") { ServiceTabs.caseTable(m.red, ctx) }
            UI.card(t(.svcYellow), id: "yellow") { ServiceTabs.caseTable(m.yellow, ctx) }
            UI.card(t(.svcAbnormal), id: "abnormal") { ServiceTabs.caseTable(m.abnormal, ctx) }
            UI.card(t(.svcOrders), id: "orders") { orderTable(m.orders, ctx) }
            if m.canImport {
                UI.card(t(.svcImport)) {
                    foldedForm(t(.svcImport), action: ProcessTabs.link("/service/import", ctx), state: m.importForm, ctx, multipart: true) { f in
                        f.file("file", t(.svcImportFile), accept: ".csv,.xlsx", hint: t(.svcImportHint))
                        div(.class("tz-form-actions")) { submitButton(t(.svcImport)) }
                    }
                }
            }
        }
    }

    static func tile(_ label: String, _ value: Int, _ kind: String) -> Node {
        div(.class("tz-kpi-tile tz-kpi-" + kind)) { span(.class("tz-kpi-value")) { String(value) }; span(.class("tz-kpi-label")) { label } }
    }

    static func groupRow(_ g: Group, strong: Bool) -> Node {
        tr {
            if strong { th(Attribute("scope", "row")) { g.name } } else { td(.class("tz-indent")) { g.name } }
            td(.class("tz-num-cell")) { String(g.counts.open) }
            td(.class("tz-num-cell")) { String(g.counts.yellow) }
            td(.class("tz-num-cell")) { String(g.counts.red) }
            td(.class("tz-num-cell")) { String(g.counts.abnormal) }
            for r in g.rates { td(.class("tz-num-cell")) { ServiceTabs.rate(r) } }
        }
    }

    static func periodPicker(_ m: Model, _ ctx: PageContext) -> Node {
        getForm("/service", .class("tz-filters tz-row")) {
            if let unit = ProcessTabs.chosenUnit(ctx) { hidden("unit", String(unit)) }
            Fields(state: .empty, t: ctx.t).select("period", ctx.t(.period), options: m.periodOptions.map { ($0.code, $0.label) }, value: m.periodCode)
            submitButton(ctx.t(.show), kind: "plain")
        }
    }

    static func orderTable(_ rows: [ServiceOrderRow], _ ctx: PageContext) -> Node {
        let t = ctx.t
        guard !rows.isEmpty else { return UI.empty(t(.svcNoOrders)) }
        return UI.table([t(.svcCaseNumber), t(.svcLevel), t(.reason), t(.svcIssuedOn), t(.svcResponseDue), t(.status)]) {
            for o in rows {
                tr {
                    td { a(.href(ProcessTabs.link("/service/cases/\(o.caseID)", ctx))) { o.caseNumber } }
                    td { o.level }
                    td { o.reason }
                    td(.class("tz-nowrap")) { Fmt.date(o.issuedOn, t.lang) }
                    td(.class("tz-nowrap")) { Fmt.date(o.responseDue, t.lang) }
                    td { UI.badge(o.statusText, ServiceTabs.kind(o.status)); if o.escalationDue { " "; UI.badge(t(.svcEscalationDue), "error") } }
                }
            }
        }
    }
}
