import TaizhangDomain

/// GET /summaries — the unit's summaries (drafts and edited versions).
/// Generate form: POST /summaries with `unit_id`, `period` (code, e.g. 2024H1) and
/// `scope` (`unit`, or `subtree` for a supervisor's roll-up of the units below).
public enum SummariesPage {
    public struct Model: Sendable {
        public var rows: [Row]
        public var units: [PageContext.UnitChoice]
        public var periods: [Period]
        public var canRollUp: Bool
        public var form: FormState

        public init(rows: [Row], units: [PageContext.UnitChoice], periods: [Period], canRollUp: Bool = false,
                    form: FormState = .empty) {
            self.rows = rows; self.units = units; self.periods = periods; self.canRollUp = canRollUp; self.form = form
        }
    }

    public struct Row: Sendable, Hashable {
        public var id: Int
        public var title: String
        public var unitName: String
        public var period: Period
        public var version: Int
        public var updatedAt: Stamp
        public var updatedBy: String
        /// Checker findings on the latest version (nil: not checked yet).
        public var findings: Int?
        /// A supervisor's roll-up of the units below (shown apart from the unit's own summary).
        public var subtree: Bool

        public init(id: Int, title: String, unitName: String, period: Period, version: Int, updatedAt: Stamp,
                    updatedBy: String, findings: Int? = nil, subtree: Bool = false) {
            self.id = id; self.title = title; self.unitName = unitName; self.period = period; self.version = version
            self.updatedAt = updatedAt; self.updatedBy = updatedBy; self.findings = findings; self.subtree = subtree
        }
    }
}
