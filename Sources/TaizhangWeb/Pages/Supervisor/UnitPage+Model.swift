import TaizhangDomain

/// GET /units/{id} — a supervisor's drill-down into one unit: its reporting record per
/// plan, progress against targets, monthly trend, recent submissions, open rectification.
public enum UnitPage {
    public struct Model: Sendable {
        public var unitName: String
        /// Ancestors from the top, for the breadcrumb (id, name).
        public var ancestors: [PageContext.UnitChoice]
        public var kind: UnitKind
        public var liaison: String?
        public var history: [PlanHistory]
        public var progress: [Charts.ProgressBar]
        public var trend: Trend?
        public var submissions: [SubmissionRow]
        public var openRectifications: Int

        public init(unitName: String, ancestors: [PageContext.UnitChoice] = [], kind: UnitKind, liaison: String? = nil,
                    history: [PlanHistory], progress: [Charts.ProgressBar] = [], trend: Trend? = nil,
                    submissions: [SubmissionRow] = [], openRectifications: Int = 0) {
            self.unitName = unitName; self.ancestors = ancestors; self.kind = kind; self.liaison = liaison
            self.history = history; self.progress = progress; self.trend = trend; self.submissions = submissions
            self.openRectifications = openRectifications
        }
    }

    /// One plan's row of the matrix for this unit.
    public struct PlanHistory: Sendable {
        public var planName: String
        public var periods: [Period]
        public var row: MatrixPage.Row
        public init(planName: String, periods: [Period], row: MatrixPage.Row) {
            self.planName = planName; self.periods = periods; self.row = row
        }
    }
}
