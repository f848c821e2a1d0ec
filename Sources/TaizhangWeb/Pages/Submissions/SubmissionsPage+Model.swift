import TaizhangDomain

/// GET /submissions?status=&unit=&plan=&period=&page= — the unit's (or, for supervisors, the
/// subtree's) submissions, most urgent first (`SubmissionUrgency`).
/// The draft form posts to POST /submissions with `plan_id` and `period` (a period code):
/// the server snapshots the ledger's values for that period into a new draft.
public enum SubmissionsPage {
    public struct Model: Sendable {
        public var rows: [SubmissionRow]
        public var showUnit: Bool
        public var filters: Filters
        /// Units to filter by (a supervisor's subtree; empty: no unit filter).
        public var unitOptions: [PlanChoice]
        public var planOptions: [PlanChoice]
        public var periodOptions: [Period]
        /// Plans and periods the user may start a draft for (empty: no draft form).
        public var plans: [PlanChoice]
        public var draftPeriods: [Period]
        public var form: FormState
        public var page: Int
        public var pageCount: Int

        public init(rows: [SubmissionRow], showUnit: Bool = false, filters: Filters = .init(), unitOptions: [PlanChoice] = [],
                    planOptions: [PlanChoice] = [], periodOptions: [Period] = [], plans: [PlanChoice] = [], draftPeriods: [Period] = [], form: FormState = .empty,
                    page: Int = 1, pageCount: Int = 1) {
            self.rows = rows; self.showUnit = showUnit; self.filters = filters; self.unitOptions = unitOptions
            self.planOptions = planOptions; self.periodOptions = periodOptions; self.plans = plans; self.draftPeriods = draftPeriods; self.form = form
            self.page = page; self.pageCount = pageCount
        }
    }

    public struct Filters: Sendable, Hashable {
        public var status: String?
        public var unit: Int?
        public var plan: Int?
        /// A period code (2024M06).
        public var period: String?
        public init(status: String? = nil, unit: Int? = nil, plan: Int? = nil, period: String? = nil) {
            self.status = status; self.unit = unit; self.plan = plan; self.period = period
        }

        var query: [(String, String?)] {
            [("status", status), ("unit", unit.map(String.init)), ("plan", plan.map(String.init)), ("period", period)]
        }
        var isEmpty: Bool { status == nil && unit == nil && plan == nil && period == nil }
    }
}
