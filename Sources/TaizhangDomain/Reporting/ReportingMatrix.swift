import Foundation

/// The supervisor's first screen: units × periods for one plan, each cell on time /
/// late / missing / not due, with expected, actual and on-time counts and rates per row
/// and per column (like DHIS2's reporting-rate summary).
public struct ReportingMatrix: Codable, Sendable {
    public struct Cell: Codable, Sendable, Hashable {
        public var status: Timeliness
        public var dueDate: CivilDate
        public var submittedAt: Date?
    }
    public struct Stats: Codable, Sendable, Hashable {
        /// Cells whose deadline has passed or that were submitted anyway; never a period
        /// before the plan bound the unit (`Timeliness.notExpected`).
        public var expected = 0
        public var actual = 0
        public var onTime = 0
        public var reportingRate: Double? { expected == 0 ? nil : Double(actual) / Double(expected) }
        public var onTimeRate: Double? { expected == 0 ? nil : Double(onTime) / Double(expected) }

        mutating func add(_ s: Timeliness) {
            guard s != .notDue, s != .notExpected else { return }
            expected += 1
            if s != .missing { actual += 1 }
            if s == .onTime { onTime += 1 }
        }
    }
    public struct Row: Codable, Sendable {
        public var unitID: Int
        public var unitName: String
        public var cells: [Cell]
        public var stats: Stats
    }

    public var planID: Int
    public var periods: [Period]
    public var rows: [Row]
    public var columns: [Stats]
    public var total: Stats

    /// - Parameter firstSubmitted: first submission instant per (unit, period code).
    public static func compute(plan: ReportingPlan, units: [Unit], periods: [Period],
                               firstSubmitted: [Int: [String: Date]], now: Date) -> ReportingMatrix {
        let applicable = periods.filter(plan.applies(to:))
        let calendar = HolidayCalendar.current
        let dues = applicable.map { plan.dueDate(for: $0, calendar: calendar) }
        var columns = Array(repeating: Stats(), count: applicable.count), total = Stats()
        var rows: [Row] = []
        rows.reserveCapacity(units.count)
        for unit in units where plan.applies(to: unit) {
            let submitted = firstSubmitted[unit.id] ?? [:]
            var stats = Stats(), cells: [Cell] = []
            cells.reserveCapacity(applicable.count)
            for (i, period) in applicable.enumerated() {
                let at = submitted[period.code]
                let status = plan.expects(unit, for: period)
                    ? Timeliness.evaluate(dueDate: dues[i], firstSubmittedAt: at, now: now) : .notExpected
                cells.append(Cell(status: status, dueDate: dues[i], submittedAt: at))
                stats.add(status); columns[i].add(status); total.add(status)
            }
            rows.append(Row(unitID: unit.id, unitName: unit.name, cells: cells, stats: stats))
        }
        return ReportingMatrix(planID: plan.id, periods: applicable, rows: rows, columns: columns, total: total)
    }
}
