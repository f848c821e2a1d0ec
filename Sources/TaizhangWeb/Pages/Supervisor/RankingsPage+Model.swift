import TaizhangDomain

/// GET /rankings?metric=&period= — units ranked by a metric: reporting rate, on-time
/// rate, or an indicator's total (metric = `reporting_rate`, `on_time_rate` or an indicator code).
public enum RankingsPage {
    public struct Model: Sendable {
        public var metrics: [Choice]
        public var metric: String
        public var periods: [Period]
        public var period: Period?
        /// Already sorted, best first.
        public var rows: [Row]

        public init(metrics: [Choice], metric: String, periods: [Period], period: Period?, rows: [Row]) {
            self.metrics = metrics; self.metric = metric; self.periods = periods; self.period = period; self.rows = rows
        }
    }

    public struct Row: Sendable, Hashable {
        public var unitID: Int
        public var unitName: String
        public var value: Double
        /// "96%" or "71 场".
        public var valueText: String
        /// The viewer's own unit.
        public var own: Bool
        public init(unitID: Int, unitName: String, value: Double, valueText: String, own: Bool = false) {
            self.unitID = unitID; self.unitName = unitName; self.value = value; self.valueText = valueText; self.own = own
        }
    }
}

/// A value and its label for a select.
public struct Choice: Sendable, Hashable {
    public var value: String
    public var label: String
    public init(_ value: String, _ label: String) { self.value = value; self.label = label }
}
