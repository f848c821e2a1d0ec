import TaizhangDomain

/// GET /submissions?status=&period= — the unit's (or, for supervisors, the subtree's) submissions.
/// The draft form posts to POST /submissions with `plan_id` and `period` (a period code):
/// the server snapshots the ledger's values for that period into a new draft.
public enum SubmissionsPage {
    public struct Model: Sendable {
        public var rows: [SubmissionRow]
        public var showUnit: Bool
        public var statusFilter: String?
        /// Plans and periods the user may start a draft for (empty: no draft form).
        public var plans: [PlanChoice]
        public var draftPeriods: [Period]
        public var form: FormState
        public var page: Int
        public var pageCount: Int

        public init(rows: [SubmissionRow], showUnit: Bool = false, statusFilter: String? = nil, plans: [PlanChoice] = [],
                    draftPeriods: [Period] = [], form: FormState = .empty, page: Int = 1, pageCount: Int = 1) {
            self.rows = rows; self.showUnit = showUnit; self.statusFilter = statusFilter; self.plans = plans
            self.draftPeriods = draftPeriods; self.form = form; self.page = page; self.pageCount = pageCount
        }
    }
}
