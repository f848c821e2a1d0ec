import TaizhangDomain

extension ServiceCasePage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t, r = m.row
        return ServiceTabs.page(t(.svcCaseNumber) + " " + r.number, "/service/cases", ctx) {
            UI.card(r.item, extra: UI.badge(r.statusText, ServiceTabs.kind(r.status))) {
                UI.facts([
                    (t(.department), .text(m.department)), (t(.svcWindow), .text(r.window)), (t(.svcStaff), .text(m.staff)),
                    (t(.svcApplicant), .text(m.applicant)), (t(.svcAcceptedOn), .text(Fmt.date(r.accepted, t.lang))),
                    (t(.svcStatutory), .text(m.statutory)), (t(.svcPromised), .text(m.promised)),
                    (t(.svcDeadlineDay), .text(Fmt.date(r.deadline, t.lang))), (t(.svcUsed), .text(String(m.usedDays) + t(.svcWorkingDays))),
                    (t(.svcDaysLeft), .text(r.daysLeft.map(String.init) ?? "—")), (t(.svcCompletedOn), .text(m.completedAt ?? "—")),
                    (t(.svcOutcome), .text([m.outcome, m.reason.isEmpty ? nil : m.reason].compactMap { $0 }.joined(separator: t.colon))),
                ])
                if !r.flags.isEmpty { p(.class("tz-alert tz-alert-error")) { t(.svcAbnormal) + t.colon + r.flags.joined(separator: t.semicolon) } }
            }
            UI.card(t(.svcSteps)) {
                UI.table([t(.svcStep), t(.svcAcceptedOn), t(.svcCompletedOn), t(.svcLimit), t(.svcUsed)]) {
                    for s in m.steps {
                        tr(.when(s.overrun, .class("tz-overdue"))) {
                            td { s.name; if s.overrun { " "; UI.badge(t(.svcOverrun), "error") } }
                            td(.class("tz-nowrap")) { s.started }
                            td(.class("tz-nowrap")) { s.finished }
                            td(.class("tz-num-cell")) { String(s.limit) }
                            td(.class("tz-num-cell")) { s.used.map(String.init) ?? "—" }
                        }
                    }
                }
            }
            UI.card(t(.svcOrders), id: "orders") {
                if m.orders.isEmpty { UI.empty(t(.svcNoOrders)) }
                for o in m.orders { order(o, m, ctx) }
                if !m.levels.isEmpty {
                    foldedForm(t(.svcIssueOrder), action: ProcessTabs.link("/service/cases/\(r.id)/orders", ctx),
                               state: m.failedOrder == nil ? m.form : .empty, ctx) { f in
                        f.select("level", t(.svcLevel), options: m.levels.map { ($0.code, $0.name) }, required: true)
                        f.textarea("reason", t(.reason), rows: 2, required: true)
                        div(.class("tz-form-actions")) { submitButton(t(.svcIssueOrder)) }
                    }
                }
            }
            UI.card(t(.svcRatingsOfCase)) {
                if m.ratings.isEmpty { UI.empty(t(.noData)) }
                for rating in m.ratings {
                    p { strong { rating.level }; " · " + rating.channel + " · " + rating.at; if !rating.comment.isEmpty { br(); rating.comment }
                        if !rating.note.isEmpty { br(); span(.class("tz-muted")) { rating.note } } }
                }
            }
        }
    }

    static func order(_ o: ServiceOrderRow, _ m: Model, _ ctx: PageContext) -> Node {
        let t = ctx.t, open = o.status != "closed"
        let f = Fields(state: m.failedOrder == o.id ? m.form : .empty, t: t, prefix: "o\(o.id)-")
        return div(.class("tz-rect"), .id("order-\(o.id)")) {
            div(.class("tz-rect-head")) {
                strong { o.level }; " "; UI.badge(o.statusText, ServiceTabs.kind(o.status))
                if o.escalationDue { " "; UI.badge(t(.svcEscalationDue), "error") }
            }
            p(.class("tz-muted")) { o.reason + " · " + t(.svcIssuedOn) + t.colon + Fmt.date(o.issuedOn, t.lang) + " · " + t(.svcResponseDue) + t.colon + Fmt.date(o.responseDue, t.lang) }
            if let response = o.response { p { t(.svcResponse) + t.colon + response } }
            if open {
                f.formError
                if m.canRespond && o.response == nil {
                    postForm(ProcessTabs.link("/service/orders/\(o.id)/response", ctx), csrf: ctx.csrf, .class("tz-form")) {
                        f.textarea("text", t(.svcResponse), rows: 2, required: true)
                        submitButton(t(.svcRespond), kind: "plain")
                    }
                }
                if m.canClose && o.response != nil {
                    postForm(ProcessTabs.link("/service/orders/\(o.id)/close", ctx), csrf: ctx.csrf, .class("tz-form")) {
                        f.input("conclusion", t(.svcConclusion))
                        submitButton(t(.svcCloseOrder), kind: "plain")
                    }
                }
                if m.canEscalate && o.escalationDue {
                    postForm(ProcessTabs.link("/service/orders/\(o.id)/escalate", ctx), csrf: ctx.csrf, .class("tz-inline")) {
                        submitButton(t(.svcEscalate), kind: "plain")
                    }
                }
            }
        }
    }
}
