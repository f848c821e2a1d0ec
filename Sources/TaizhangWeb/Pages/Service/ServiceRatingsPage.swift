import TaizhangDomain

/// GET /service/ratings?month= — 一事一评 / 好差评: the month's satisfaction per window with
/// the ranking and the windows summoned (约谈), and the bad ratings with their fix loop
/// (measures, callback, close; appeal and its decision).
public enum ServiceRatingsPage {
    public struct Model: Sendable {
        public var monthCode: String
        public var monthLabel: String
        public var months: [(code: String, label: String)]
        public var total: String
        public var windows: [WindowRow]
        public var summoned: [String]
        public var fixes: [Fix]
        public var canSupervise: Bool
        public var canAnswer: Bool
        public var form: FormState
        public var failedFix: Int?

        public init(monthCode: String, monthLabel: String, months: [(code: String, label: String)], total: String, windows: [WindowRow],
                    summoned: [String], fixes: [Fix], canSupervise: Bool, canAnswer: Bool, form: FormState = .empty, failedFix: Int? = nil) {
            self.monthCode = monthCode; self.monthLabel = monthLabel; self.months = months; self.total = total; self.windows = windows
            self.summoned = summoned; self.fixes = fixes; self.canSupervise = canSupervise; self.canAnswer = canAnswer
            self.form = form; self.failedFix = failedFix
        }
    }

    public struct WindowRow: Sendable, Hashable {
        public var rank: Int?
        public var name: String
        public var counted: Int
        public var satisfied: Int
        public var bad: Int
        public var rate: Double?
        public var last: Bool
        public var summoned: Bool
        public init(rank: Int?, name: String, counted: Int, satisfied: Int, bad: Int, rate: Double?, last: Bool, summoned: Bool) {
            self.rank = rank; self.name = name; self.counted = counted; self.satisfied = satisfied; self.bad = bad; self.rate = rate
            self.last = last; self.summoned = summoned
        }
    }

    public struct Fix: Sendable, Hashable {
        public var id: Int
        public var ratingID: Int
        public var caseID: Int
        public var caseNumber: String
        public var window: String
        public var level: String
        public var comment: String
        public var deadline: CivilDate
        public var status: String
        public var statusText: String
        public var measures: String
        public var callbacks: [String]
        public var appeal: String?
        public var appealPending: Bool
        public var appealable: Bool
        public init(id: Int, ratingID: Int, caseID: Int, caseNumber: String, window: String, level: String, comment: String,
                    deadline: CivilDate, status: String, statusText: String, measures: String, callbacks: [String], appeal: String?,
                    appealPending: Bool, appealable: Bool) {
            self.id = id; self.ratingID = ratingID; self.caseID = caseID; self.caseNumber = caseNumber; self.window = window
            self.level = level; self.comment = comment; self.deadline = deadline; self.status = status; self.statusText = statusText
            self.measures = measures; self.callbacks = callbacks; self.appeal = appeal; self.appealPending = appealPending
            self.appealable = appealable
        }
    }

    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        return ServiceTabs.page(t(.svcRatings), "/service/ratings", ctx) {
            getForm("/service/ratings", .class("tz-filters tz-row")) {
                if let unit = ProcessTabs.chosenUnit(ctx) { hidden("unit", String(unit)) }
                Fields(state: .empty, t: t).select("month", t(.svcMonth), options: m.months.map { ($0.code, $0.label) }, value: m.monthCode)
                submitButton(t(.show), kind: "plain")
            }
            UI.card(t(.svcRanking) + " · " + m.monthLabel, extra: span(.class("tz-kpi")) { t(.svcRate) + t.colon + m.total }) {
                if !m.summoned.isEmpty { p(.class("tz-alert tz-alert-error")) { t(.svcSummonedLead) + m.summoned.joined(separator: "、") } }
                UI.table([t(.rank), t(.svcWindow), t(.svcCounted), t(.svcSatisfied), t(.svcBad), t(.svcRate)]) {
                    for w in m.windows {
                        tr {
                            td(.class("tz-num-cell")) { w.rank.map(String.init) ?? "—" }
                            td { w.name; if w.last { " "; UI.badge(t(.svcLast), "warning") }; if w.summoned { " "; UI.badge(t(.svcSummoned), "error") }
                                 if w.rank == nil { " "; span(.class("tz-muted")) { t(.svcUnranked) } } }
                            td(.class("tz-num-cell")) { String(w.counted) }
                            td(.class("tz-num-cell")) { String(w.satisfied) }
                            td(.class("tz-num-cell")) { String(w.bad) }
                            td(.class("tz-num-cell")) { ServiceTabs.rate(w.rate) }
                        }
                    }
                }
            }
            UI.card(t(.svcFixes), id: "fixes") {
                if m.fixes.isEmpty { UI.empty(t(.svcNoFixes)) }
                ul(.class("tz-rect-list")) { for f in m.fixes { fix(f, m, ctx) } }
            }
        }
    }

    static func fix(_ x: Fix, _ m: Model, _ ctx: PageContext) -> Node {
        let t = ctx.t, open = x.status == "open" || x.status == "overdue"
        let f = Fields(state: m.failedFix == x.id ? m.form : .empty, t: t, prefix: "x\(x.id)-")
        func action(_ s: String) -> String { ProcessTabs.link(s, ctx) }
        return li(.class(x.status == "overdue" ? "tz-rect tz-overdue" : "tz-rect"), .id("fix-\(x.id)")) {
            div(.class("tz-rect-head")) {
                a(.href(action("/service/cases/\(x.caseID)"))) { x.caseNumber }; " "; strong { x.level }; " "
                UI.badge(x.statusText, ServiceTabs.kind(x.status))
            }
            p(.class("tz-muted")) { x.window + " · " + t(.deadline) + t.colon + Fmt.date(x.deadline, t.lang) + (x.comment.isEmpty ? "" : " · " + x.comment) }
            if open { p { UI.countdown(due: x.deadline, today: ctx.today, t.lang) } }
            if !x.measures.isEmpty { p { t(.svcMeasures) + t.colon + x.measures } }
            for c in x.callbacks { p { t(.svcCallback) + t.colon + c } }
            if let a = x.appeal { p(.class("tz-muted")) { t(.svcAppeal) + t.colon + a } }
            f.formError
            if open && m.canAnswer {
                details { summary { t(.svcMeasures) + " / " + t(.svcCallback) }
                    postForm(action("/service/fixes/\(x.id)/measures"), csrf: ctx.csrf, .class("tz-form")) {
                        f.textarea("text", t(.svcMeasures), rows: 2, required: true); submitButton(t(.save), kind: "plain")
                    }
                    postForm(action("/service/fixes/\(x.id)/callbacks"), csrf: ctx.csrf, .class("tz-form")) {
                        f.textarea("result", t(.svcCallbackResult), rows: 2, required: true)
                        label { input(.type("checkbox"), .name("satisfied"), .value("1")); " " + t(.svcCallbackSatisfied) }
                        submitButton(t(.svcCallback), kind: "plain")
                    }
                }
            }
            if open && m.canSupervise {
                postForm(action("/service/fixes/\(x.id)/close"), csrf: ctx.csrf, .class("tz-inline")) { submitButton(t(.svcCloseFix), kind: "plain") }
            }
            if x.appealable && m.canAnswer {
                postForm(action("/service/ratings/\(x.ratingID)/appeal"), csrf: ctx.csrf, .class("tz-form")) {
                    f.input("reason", t(.svcAppealReason), required: true); submitButton(t(.svcAppeal), kind: "plain")
                }
            }
            if x.appealPending && m.canSupervise {
                postForm(action("/service/ratings/\(x.ratingID)/appeal/decision"), csrf: ctx.csrf, .class("tz-form")) {
                    f.input("note", t(.svcDecisionNote), required: true)
                    submitButton(t(.svcUpheld), name: "upheld", value: "1", kind: "plain")
                    submitButton(t(.svcRejected), name: "upheld", value: "0", kind: "plain")
                }
            }
        }
    }
}
