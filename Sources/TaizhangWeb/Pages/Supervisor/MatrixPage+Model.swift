import TaizhangDomain

/// GET /matrix?plan=&from=&to= — the reporting-rate matrix (units × periods).
/// The reminder form posts to POST /reminders/non-submitters with `plan_id` and `period`.
public enum MatrixPage {
    public struct Model: Sendable {
        public var plans: [PlanChoice]
        public var planID: Int
        public var grid: Grid
        /// Periods offered in the from/to selects.
        public var periodOptions: [Period]
        public var from: Period?
        public var to: Period?
        /// The period the units are asked for now (`ReportingPlan.periodDueNow`): 催报's default.
        public var dueNow: Period?

        public init(plans: [PlanChoice], planID: Int, grid: Grid, periodOptions: [Period] = [],
                    from: Period? = nil, to: Period? = nil, dueNow: Period? = nil) {
            self.plans = plans; self.planID = planID; self.grid = grid
            self.periodOptions = periodOptions; self.from = from; self.to = to; self.dueNow = dueNow
        }
    }

    public struct Grid: Sendable {
        public var periods: [Period]
        public var rows: [Row]
        public var columns: [Rates]
        public var total: Rates

        public init(periods: [Period], rows: [Row], columns: [Rates], total: Rates) {
            self.periods = periods; self.rows = rows; self.columns = columns; self.total = total
        }

        /// From the domain's matrix; `submissionIDs[unitID][periodCode]` links cells to submissions.
        public init(_ m: ReportingMatrix, submissionIDs: [Int: [String: Int]] = [:]) {
            self.init(periods: m.periods, rows: m.rows.map { r in
                Row(unitID: r.unitID, unitName: r.unitName, rates: Rates(r.stats), cells: zip(m.periods, r.cells).map { period, c in
                    Cell(status: c.status, dueDate: c.dueDate, submittedAt: c.submittedAt.map { Stamp($0) },
                         submissionID: submissionIDs[r.unitID]?[period.code])
                })
            }, columns: m.columns.map(Rates.init), total: Rates(m.total))
        }
    }

    public struct Row: Sendable, Hashable {
        public var unitID: Int
        public var unitName: String
        public var rates: Rates
        public var cells: [Cell]
        public init(unitID: Int, unitName: String, rates: Rates, cells: [Cell]) {
            self.unitID = unitID; self.unitName = unitName; self.rates = rates; self.cells = cells
        }
    }

    public struct Cell: Sendable, Hashable {
        public var status: Timeliness
        public var dueDate: CivilDate
        public var submittedAt: Stamp?
        public var submissionID: Int?
        public init(status: Timeliness, dueDate: CivilDate, submittedAt: Stamp? = nil, submissionID: Int? = nil) {
            self.status = status; self.dueDate = dueDate; self.submittedAt = submittedAt; self.submissionID = submissionID
        }
    }

    /// Expected / actual / on time, as DHIS2's reporting-rate summary shows them.
    public struct Rates: Sendable, Hashable {
        public var expected: Int
        public var actual: Int
        public var onTime: Int
        public init(expected: Int, actual: Int, onTime: Int) { self.expected = expected; self.actual = actual; self.onTime = onTime }
        public init(_ s: ReportingMatrix.Stats) { self.init(expected: s.expected, actual: s.actual, onTime: s.onTime) }

        var reportingRate: Double? { expected == 0 ? nil : Double(actual) / Double(expected) }
        var onTimeRate: Double? { expected == 0 ? nil : Double(onTime) / Double(expected) }
    }
}
