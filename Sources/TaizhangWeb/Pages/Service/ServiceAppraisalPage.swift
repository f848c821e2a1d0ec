import TaizhangDomain

/// GET /service/appraisal?month=&quarter= — monthly scores of the window staff with their
/// breakdown, the typed facts form, and the quarter's 服务明星 election with its quota,
/// publication and circular.
public enum ServiceAppraisalPage {
    public struct Model: Sendable {
        public var monthCode: String
        public var monthLabel: String
        public var months: [(code: String, label: String)]
        public var scores: [Score]
        public var staff: [(id: Int, name: String)]
        public var sources: [(code: String, label: String)]
        public var quarterCode: String
        public var quarterLabel: String
        public var quarters: [(code: String, label: String)]
        public var quota: Int
        public var stars: [Star]
        public var published: Bool
        public var canPublish: Bool
        public var canRecord: Bool
        public var form: FormState

        public init(monthCode: String, monthLabel: String, months: [(code: String, label: String)], scores: [Score], staff: [(id: Int, name: String)],
                    sources: [(code: String, label: String)], quarterCode: String, quarterLabel: String, quarters: [(code: String, label: String)],
                    quota: Int, stars: [Star], published: Bool, canPublish: Bool, canRecord: Bool, form: FormState = .empty) {
            self.monthCode = monthCode; self.monthLabel = monthLabel; self.months = months; self.scores = scores; self.staff = staff
            self.sources = sources; self.quarterCode = quarterCode; self.quarterLabel = quarterLabel; self.quarters = quarters
            self.quota = quota; self.stars = stars; self.published = published; self.canPublish = canPublish; self.canRecord = canRecord
            self.form = form
        }
    }

    public struct Score: Sendable, Hashable {
        public var name: String
        public var window: String
        public var total: Double
        /// "满意评价 42次 +4.2" …
        public var lines: [String]
        public init(name: String, window: String, total: Double, lines: [String]) { self.name = name; self.window = window; self.total = total; self.lines = lines }
    }

    public struct Star: Sendable, Hashable {
        public var rank: Int?
        public var name: String
        public var window: String
        public var monthly: [Double]
        public var average: Double
        public var elected: Bool
        public var reasons: [String]
        public init(rank: Int?, name: String, window: String, monthly: [Double], average: Double, elected: Bool, reasons: [String]) {
            self.rank = rank; self.name = name; self.window = window; self.monthly = monthly; self.average = average; self.elected = elected; self.reasons = reasons
        }
    }

    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        let unit = ProcessTabs.chosenUnit(ctx)
        return ServiceTabs.page(t(.svcAppraisal), "/service/appraisal", ctx) {
            getForm("/service/appraisal", .class("tz-filters tz-row")) {
                if let unit { hidden("unit", String(unit)) }
                let f = Fields(state: .empty, t: t)
                f.select("month", t(.svcMonth), options: m.months.map { ($0.code, $0.label) }, value: m.monthCode)
                f.select("quarter", t(.svcQuarter), options: m.quarters.map { ($0.code, $0.label) }, value: m.quarterCode)
                submitButton(t(.show), kind: "plain")
            }
            UI.card(t(.svcStars) + " · " + m.quarterLabel, id: "stars",
                    extra: span(.class("tz-kpi")) { t(.svcQuota) + t.colon + String(m.quota) + " · " + (m.published ? t(.svcPublished) : t(.svcNotPublished)) }) {
                UI.table([t(.rank), t(.name), t(.svcWindow), t(.svcMonthly), t(.svcAverage), t(.result)]) {
                    for s in m.stars {
                        tr {
                            td(.class("tz-num-cell")) { s.rank.map(String.init) ?? "—" }
                            td { s.name }
                            td { s.window }
                            td { s.monthly.map { Fmt.number($0, digits: 2) }.joined(separator: " / ") }
                            td(.class("tz-num-cell")) { Fmt.number(s.average, digits: 2) }
                            td { if s.elected { UI.badge(t(.svcElected), "ok") }
                                 if s.rank == nil { UI.badge(t(.svcIneligible), "warning") }
                                 if !s.reasons.isEmpty { " "; span(.class("tz-muted")) { s.reasons.joined(separator: t.semicolon) } } }
                        }
                    }
                }
                div(.class("tz-form-actions")) {
                    a(.class("tz-btn tz-btn-plain"), .href("/service/stars/circular?period=\(m.quarterCode)" + (unit.map { "&unit=\($0)" } ?? ""))) { t(.svcCircular) }
                    if m.canPublish && !m.published {
                        postForm(ProcessTabs.link("/service/stars/publish?period=\(m.quarterCode)", ctx), csrf: ctx.csrf, .class("tz-inline")) {
                            submitButton(t(.svcPublish))
                        }
                    }
                }
            }
            UI.card(t(.svcScores) + " · " + m.monthLabel) {
                UI.table([t(.name), t(.svcWindow), t(.svcTotal), t(.svcBreakdown)]) {
                    for s in m.scores {
                        tr {
                            td { s.name }; td { s.window }
                            td(.class("tz-num-cell")) { Fmt.number(s.total, digits: 2) }
                            td(.class("tz-hint")) { s.lines.joined(separator: t.semicolon) }
                        }
                    }
                }
                if m.canRecord {
                    foldedForm(t(.svcAddFact), action: ProcessTabs.link("/service/appraisal-records", ctx), state: m.form, ctx) { f in
                        div(.class("tz-row")) {
                            f.select("staff_id", t(.name), options: m.staff.map { (String($0.id), $0.name) }, required: true, blank: "—")
                            f.select("source", t(.svcFactSource), options: m.sources.map { ($0.code, $0.label) }, required: true, blank: "—")
                        }
                        div(.class("tz-row")) {
                            f.input("date", t(.date), type: "date", value: ctx.today.iso, required: true)
                            f.number("count", t(.svcCount), suffix: "", decimal: false)
                        }
                        f.input("note", t(.svcNote))
                        div(.class("tz-form-actions")) { submitButton(t(.save)) }
                    }
                }
            }
        }
    }
}
