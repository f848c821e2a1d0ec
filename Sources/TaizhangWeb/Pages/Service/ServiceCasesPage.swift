import TaizhangDomain

/// GET /service/cases?status=&department=&q=&page= — cases by computed status.
public enum ServiceCasesPage {
    public struct Model: Sendable {
        public var status: String
        public var department: String
        public var query: String
        public var departments: [(id: Int, name: String)]
        public var statuses: [(code: String, label: String)]
        public var rows: [ServiceCaseRow]
        public var total: Int
        public var page: Int
        public var pageCount: Int

        public init(status: String, department: String, query: String, departments: [(id: Int, name: String)],
                    statuses: [(code: String, label: String)], rows: [ServiceCaseRow], total: Int, page: Int, pageCount: Int) {
            self.status = status; self.department = department; self.query = query; self.departments = departments
            self.statuses = statuses; self.rows = rows; self.total = total; self.page = page; self.pageCount = pageCount
        }
    }

    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        return ServiceTabs.page(t(.svcCases), "/service/cases", ctx) {
            getForm("/service/cases", .class("tz-filters tz-row")) {
                if let unit = ProcessTabs.chosenUnit(ctx) { hidden("unit", String(unit)) }
                let f = Fields(state: .empty, t: t)
                f.select("status", t(.status), options: m.statuses.map { ($0.code, $0.label) }, value: m.status, blank: t(.svcAllStatuses))
                f.select("department", t(.department), options: m.departments.map { (String($0.id), $0.name) }, value: m.department, blank: t(.all))
                f.input("q", t(.svcSearch), value: m.query)
                submitButton(t(.applyFilters), kind: "plain")
            }
            p(.class("tz-muted")) { t(.svcTotalCases) + t.colon + String(m.total) }
            ServiceTabs.caseTable(m.rows, ctx)
            UI.pagination(base: "/service/cases",
                          query: [("unit", ProcessTabs.chosenUnit(ctx).map(String.init)), ("status", m.status.isEmpty ? nil : m.status),
                                  ("department", m.department.isEmpty ? nil : m.department), ("q", m.query.isEmpty ? nil : m.query)],
                          page: m.page, pageCount: m.pageCount, t)
        }
    }
}
