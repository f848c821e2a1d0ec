import TaizhangDomain

extension HomePage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        return Layout.page(t(.homeTitle), ctx) {
            div(.class("tz-grid")) {
                UI.card(t(.dueTitle), id: "due") { dueList(m.due, canDraft: m.canDraft, ctx) }
                if !m.returned.isEmpty { UI.card(t(.returnedTitle), id: "returned") { returnedList(m.returned, t) } }
                if !m.awaiting.isEmpty {
                    UI.card(t(.awaitingTitle), id: "awaiting") { SubmissionRow.table(m.awaiting, showUnit: true, t) }
                }
                UI.card(t(.progressTitle) + (m.targetPeriod.map { t.paren($0.label(t.lang)) } ?? ""), id: "progress") {
                    if m.progress.isEmpty { UI.empty(t(.noTargets)) } else {
                        Charts.progressBars(m.progress, id: "chart-progress", title: t(.progressTitle))
                    }
                }
                if let trend = m.trend {
                    UI.card(trend.title, id: "trend") {
                        Charts.trendLine(trend.series, xLabels: trend.xLabels, id: "chart-trend", title: trend.title)
                    }
                }
                UI.card(t(.recentEntries), id: "recent", extra: a(.class("tz-more"), .href("/ledger")) { t(.viewAll) }) {
                    if m.recent.isEmpty { UI.empty(t(.noEntries)) } else { EntryRow.list(m.recent, t) }
                }
                UI.card(t(.notificationsTitle), id: "notifications") { notifications(m.notifications, ctx) }
            }
        }
    }

    static func dueList(_ items: [DueItem], canDraft: Bool, _ ctx: PageContext) -> Node {
        let t = ctx.t
        guard !items.isEmpty else { return UI.empty(t(.nothingDue)) }
        return ul(.class("tz-due-list")) {
            for item in items.sorted(by: { $0.dueDate < $1.dueDate }) {
                li {
                    div(.class("tz-due-what")) {
                        strong { item.planName }
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

    static func returnedList(_ items: [ReturnedItem], _ t: Loc) -> Node {
        ul(.class("tz-returned-list")) {
            for item in items {
                li {
                    a(.href("/submissions/\(item.submissionID)")) { item.planName + " " + item.period.label(t.lang) }
                    el("blockquote", [.class("tz-comment")]) { item.comment }
                    small(.class("tz-muted")) { item.returnedBy + " · " + Fmt.stamp(item.returnedAt, t.lang) }
                }
            }
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
