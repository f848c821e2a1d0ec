import TaizhangDomain

extension HomePage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        let sup = m.supervises
        return Layout.page(t(.homeTitle), ctx) {
            // Reminders come first: a reminder at the bottom of the page is a reminder nobody reads.
            if !m.unread.isEmpty { unreadBanner(m.unread, ctx) }
            // An admin's work is in the administration pages: they come first.
            if !m.adminSections.isEmpty {
                UI.card(t(.adminTitle), id: "admin", cls: "tz-card-wide") {
                    ul(.class("tz-admin-links")) {
                        for sec in m.adminSections { li { a(.href(sec.path)) { t(sec.key) }; small(.class("tz-muted")) { " " + t(sec.lead) } } }
                    }
                }
            }
            if !m.rollCalls.isEmpty { UI.card(t(.rollCallTitle), id: "rollcall", cls: "tz-card-wide") { rollCalls(m.rollCalls, ctx) } }
            div(.class("tz-grid")) {
                if !awaitingFirst(m) { dueCard(m, ctx) }
                if !m.returned.isEmpty { UI.card(t(.returnedTitle), id: "returned") { returnedList(m.returned, t) } }
                if !m.awaiting.isEmpty {
                    UI.card(t(.awaitingTitle), id: "awaiting", cls: "tz-card-wide") { SubmissionRow.table(m.awaiting, showUnit: true, t) }
                }
                if awaitingFirst(m) && !m.due.isEmpty { dueCard(m, ctx) }
                if !sup || !m.progress.isEmpty {
                    UI.card(t(.progressTitle) + (m.targetPeriod.map { t.paren($0.label(t.lang)) } ?? ""), id: "progress") {
                        if m.progress.isEmpty { UI.empty(t(.noTargets)) } else {
                            Charts.progressBars(m.progress, id: "chart-progress", title: t(.progressTitle))
                        }
                    }
                }
                if let trend = m.trend {
                    UI.card(trend.title, id: "trend") {
                        Charts.trendLine(trend.series, xLabels: trend.xLabels, id: "chart-trend", title: trend.title)
                    }
                }
                if !sup || !m.recent.isEmpty {
                    UI.card(t(.recentEntries), id: "recent", extra: a(.class("tz-more"), .href("/ledger")) { t(.viewAll) }) {
                        if m.recent.isEmpty { UI.empty(t(.noEntries)) } else { EntryRow.list(m.recent, t) }
                    }
                }
                // Earlier reminders, once read (the unread ones are at the top, not twice).
                let read = m.notifications.filter(\.read)
                if !read.isEmpty || (!sup && m.unread.isEmpty) {
                    UI.card(t(.notificationsTitle), id: "notifications") { notifications(read, ctx) }
                }
            }
        }
    }

    /// A supervisor (or a leader with approvals waiting) starts with what waits for her.
    static func awaitingFirst(_ m: Model) -> Bool { m.supervises || (!m.canDraft && !m.awaiting.isEmpty) }

    static func dueCard(_ m: Model, _ ctx: PageContext) -> Node {
        UI.card(ctx.t(.dueTitle), id: "due") { dueList(m.due, canDraft: m.canDraft, ctx) }
    }

    static func dueList(_ items: [DueItem], canDraft: Bool, _ ctx: PageContext) -> Node {
        let t = ctx.t
        guard !items.isEmpty else { return UI.empty(t(.nothingDue)) }
        return ul(.class("tz-due-list")) {
            for item in items.sorted(by: { $0.dueDate < $1.dueDate }) {
                li {
                    div(.class("tz-due-what")) {
                        strong { t.planName(item.planName) }
                        " " + item.period.label(t.lang)
                    }
                    div(.class("tz-due-when")) {
                        t(.dueOn) + " "
                        UI.date(item.dueDate, t.lang)
                        " "
                        UI.countdown(due: item.dueDate, today: ctx.today, t.lang)
                    }
                    if let id = item.submissionID {
                        a(.class("tz-btn tz-btn-plain"), .href("/submissions/\(id)")) { t(.openDraft) }
                    } else if canDraft {
                        // Drafting creates a record, so it is a POST, never a link.
                        SubmissionsPage.draftButton(planID: item.planID, period: item.period, ctx)
                    }
                }
            }
        }
    }

    /// "本期应报5，已报3，未报：东湖街道、白石镇 [一键提醒]", one block per plan with units
    /// missing; the plans everyone has filed on one line underneath.
    static func rollCalls(_ items: [RollCallItem], _ ctx: PageContext) -> Node {
        let t = ctx.t
        let open = items.filter { !$0.missing.isEmpty }, done = items.filter { $0.missing.isEmpty }
        return .fragment([
            open.isEmpty ? .none : div(.class("tz-rollcalls")) {
                for item in open { rollCall(item, ctx) }
            },
            done.isEmpty ? .none : p(.class("tz-rollcall-done")) {
                UI.badge(t(.allFiled), "on_time")
                " "
                for (i, item) in done.enumerated() {
                    if i > 0 { text(t.listSeparator) }
                    a(.href("/matrix?plan=\(item.planID)")) { t.planName(item.planName) + " " + item.period.label(t.lang) }
                }
            },
        ])
    }

    static func rollCall(_ item: RollCallItem, _ ctx: PageContext) -> Node {
        let t = ctx.t
        return section(.class("tz-rollcall"), .aria("label", t.planName(item.planName) + " " + item.period.label(t.lang))) {
            h3 { a(.href("/matrix?plan=\(item.planID)")) { t.planName(item.planName) + " · " + item.period.label(t.lang) } }
            p(.class("tz-muted")) {
                t(.dueOn) + " " + Fmt.date(item.dueDate, t.lang) + " "
                UI.countdown(due: item.dueDate, today: ctx.today, t.lang)
            }
            p(.class("tz-rollcall-count")) { t.rollCall(expected: item.expected, filed: item.submitted) }
            p(.class("tz-rollcall-missing")) {
                strong { t(.notFiledYet) }
                for (i, u) in item.missing.enumerated() {
                    if i > 0 { text(t.listSeparator) }
                    a(.href("/units/\(u.id)")) { u.name }
                }
            }
            postForm("/reminders/non-submitters", csrf: ctx.csrf, .class("tz-inline")) {
                hidden("plan_id", String(item.planID))
                hidden("period", item.period.code)
                hidden("return_to", "/")
                submitButton(t(.remindAll), confirm: t.remindQuestion(item.missing.count))
            }
        }
    }

    static func returnedList(_ items: [ReturnedItem], _ t: Loc) -> Node {
        ul(.class("tz-returned-list")) {
            for item in items {
                li {
                    a(.href("/submissions/\(item.submissionID)")) { t.planName(item.planName) + " " + item.period.label(t.lang) }
                    el("blockquote", [.class("tz-comment")]) { item.comment }
                    small(.class("tz-muted")) { item.returnedBy + " · " + Fmt.stamp(item.returnedAt, t.lang) }
                }
            }
        }
    }

    /// Unread reminders above everything else, each with where it leads and 标为已读.
    static func unreadBanner(_ items: [NotificationItem], _ ctx: PageContext) -> Node {
        section(.class("tz-alert tz-reminders"), .id("reminders"), .role("status"), .aria("label", ctx.t(.notificationsTitle))) {
            strong { ctx.t(.unreadReminders) }
            notifications(items, ctx)
        }
    }

    static func notifications(_ items: [NotificationItem], _ ctx: PageContext) -> Node {
        let t = ctx.t
        guard !items.isEmpty else { return UI.empty(t(.noNotifications)) }
        return ul(.class("tz-notifications")) {
            for item in items {
                li(.class(item.read ? "tz-read" : "tz-unread")) {
                    if let link = item.link { a(.href(link)) { item.message } } else { span { item.message } }
                    small(.class("tz-muted")) { " " + Fmt.stamp(item.at, t.lang) }
                    if !item.read {
                        postForm("/notifications/\(item.id)/read", csrf: ctx.csrf, .class("tz-inline")) {
                            submitButton(t(.markRead), kind: "link")
                        }
                    }
                }
            }
        }
    }
}
