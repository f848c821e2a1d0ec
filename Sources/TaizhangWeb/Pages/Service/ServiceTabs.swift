import TaizhangDomain

/// The sub-navigation of the service-centre pages (SPEC §7) and their shared rows.
enum ServiceTabs {
    static func page(_ title: String, _ path: String, _ ctx: PageContext, @NodeBuilder _ content: () -> [Node]) -> String {
        let t = ctx.t
        return Layout.page(title, ctx) {
            UI.tabs([(t(.svcBoard), "/service"), (t(.svcCases), "/service/cases"), (t(.svcRatings), "/service/ratings"),
                     (t(.svcAppraisal), "/service/appraisal")].map { ($0.0, ProcessTabs.link($0.1, ctx)) },
                    current: ProcessTabs.link(path, ctx), t(.svcNavigation))
            content()
        }
    }

    /// 83.03% — rates of the supervision keep two decimals, as the centre reports them.
    static func rate(_ percent: Double?) -> String {
        guard let p = percent, p.isFinite else { return "—" }
        return Fmt.number(p, digits: 2) + "%"
    }

    /// A card kind for a status code (in_time, yellow, red, completed_in_time, completed_late).
    static func kind(_ status: String) -> String {
        switch status {
        case "red", "completed_late", "overdue", "responded_late", "closed_late": "error"
        case "yellow", "open": "warning"
        default: "ok"
        }
    }

    static func caseTable(_ rows: [ServiceCaseRow], _ ctx: PageContext) -> Node {
        let t = ctx.t
        guard !rows.isEmpty else { return UI.empty(t(.svcNoCases)) }
        return UI.table([t(.svcCaseNumber), t(.svcItem), t(.svcWindow), t(.svcAcceptedOn), t(.svcDeadlineDay), t(.status), t(.svcFlags)]) {
            for r in rows {
                tr {
                    td { a(.href(ProcessTabs.link("/service/cases/\(r.id)", ctx))) { r.number } }
                    td { r.item }
                    td { r.window }
                    td(.class("tz-nowrap")) { Fmt.date(r.accepted, t.lang) }
                    td(.class("tz-nowrap")) {
                        Fmt.date(r.deadline, t.lang)
                        if let left = r.daysLeft { " "; span(.class("tz-muted")) { t.paren(String(left) + (t.lang == .zh ? "个工作日" : " wd")) } }
                    }
                    td { UI.badge(r.statusText, kind(r.status)) }
                    td { r.flags.joined(separator: t.semicolon) }
                }
            }
        }
    }
}

/// A case as the lists show it.
public struct ServiceCaseRow: Sendable, Hashable {
    public var id: Int
    public var number: String
    public var item: String
    public var window: String
    public var accepted: CivilDate
    public var deadline: CivilDate
    public var daysLeft: Int?
    public var status: String
    public var statusText: String
    public var flags: [String]

    public init(id: Int, number: String, item: String, window: String, accepted: CivilDate, deadline: CivilDate, daysLeft: Int?,
                status: String, statusText: String, flags: [String]) {
        self.id = id; self.number = number; self.item = item; self.window = window; self.accepted = accepted; self.deadline = deadline
        self.daysLeft = daysLeft; self.status = status; self.statusText = statusText; self.flags = flags
    }
}

/// A 督办 as the pages show it.
public struct ServiceOrderRow: Sendable, Hashable {
    public var id: Int
    public var caseID: Int
    public var caseNumber: String
    public var level: String
    public var reason: String
    public var issuedOn: CivilDate
    public var responseDue: CivilDate
    public var status: String
    public var statusText: String
    public var response: String?
    public var escalationDue: Bool

    public init(id: Int, caseID: Int, caseNumber: String, level: String, reason: String, issuedOn: CivilDate, responseDue: CivilDate,
                status: String, statusText: String, response: String?, escalationDue: Bool) {
        self.id = id; self.caseID = caseID; self.caseNumber = caseNumber; self.level = level; self.reason = reason; self.issuedOn = issuedOn
        self.responseDue = responseDue; self.status = status; self.statusText = statusText; self.response = response; self.escalationDue = escalationDue
    }
}
