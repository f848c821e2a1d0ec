import TaizhangDomain

/// GET /ledger?period=&category=&indicator=&source=&page= — the unit's ledger.
/// The same query with `format=csv` is the CSV export (served by the server, not a view).
public enum LedgerPage {
    public struct Model: Sendable {
        public var filters: Filters
        /// Periods offered in the filter, newest first (months, quarters, halves, years as the server likes).
        public var periodOptions: [Period]
        public var indicators: [Indicator]
        public var rows: [EntryRow]
        public var page: Int
        public var pageCount: Int
        public var total: Int
        /// Imported entries waiting for confirmation (links to /ledger/imported).
        public var pendingImports: Int
        public var canEdit: Bool

        public init(filters: Filters = Filters(), periodOptions: [Period] = [], indicators: [Indicator] = [],
                    rows: [EntryRow], page: Int = 1, pageCount: Int = 1, total: Int, pendingImports: Int = 0,
                    canEdit: Bool = true) {
            self.filters = filters; self.periodOptions = periodOptions; self.indicators = indicators; self.rows = rows
            self.page = page; self.pageCount = pageCount; self.total = total; self.pendingImports = pendingImports
            self.canEdit = canEdit
        }
    }

    /// The query parameters, as given (strings, so an unknown value is shown back, not lost).
    public struct Filters: Sendable, Hashable {
        public var period: String?
        public var category: String?
        public var indicator: String?
        public var source: String?

        public init(period: String? = nil, category: String? = nil, indicator: String? = nil, source: String? = nil) {
            self.period = period; self.category = category; self.indicator = indicator; self.source = source
        }

        var query: [(String, String?)] {
            [("period", period), ("category", category), ("indicator", indicator), ("source", source)]
        }
    }
}
