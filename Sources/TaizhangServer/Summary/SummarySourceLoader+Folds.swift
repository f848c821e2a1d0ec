import Fluent
import SQLKit
import TaizhangDomain
import TaizhangSummary

extension SummarySourceLoader {
    /// Entries read per indicator for the highlights and kinds of work of a large roll-up,
    /// the largest first (the highlights are the entries of the greatest share of a figure).
    static let largestEntries = 200

    /// A large roll-up's ledger: the folds of the period and of the same period last year,
    /// places and categories, and a bounded selection of entries — the largest of the
    /// period, those planned for the next period, the largest of last year's next period.
    func folded(period: Period, units: [Int], subtree: Bool) async throws
        -> (ledger: LedgerFolds, entries: [SourceEntry], lastYearAhead: [SourceEntry]) {
        let reader = LedgerFoldReader(db: db as! any SQLDatabase)
        let latest = Set(catalog.indicators.filter { $0.aggregation == .latest }.map(\.code))
        let last = period.sameLastYear
        // Independent scans of the county's values: on PostgreSQL each on a connection of its own.
        async let currentRead = reader.folds(units: units, from: period.start, through: period.end, latest: latest)
        async let lastYearRead = reader.folds(units: units, from: last.start, through: last.end, latest: latest)
        async let placesRead = reader.placesAndCategories(units: units, from: period.start, through: period.end)
        let (current, lastYear, (places, categories)) = try await (currentRead, lastYearRead, placesRead)
        let summed = catalog.indicators.filter { $0.aggregation == .sum && $0.measureWord != "%" && current[$0.code] != nil }.map(\.code)
        let ids = try await reader.largest(units: units, from: period.start, through: period.end, codes: summed, limit: Self.largestEntries)
        let largest = try await entries(units: units, from: period.start, through: period.end, ids: ids).filter { !$0.planned }
        let window = period.next
        let planned = try await entries(units: units, from: window.start, through: window.end, plannedOnly: true)
        let ahead = window.sameLastYear
        let aheadIDs = try await reader.largest(units: units, from: ahead.start, through: ahead.end, codes: [nil], limit: Self.largestEntries)
        let lastYearAhead = try await entries(units: units, from: ahead.start, through: ahead.end, ids: aheadIDs).filter { !$0.planned }
        return (LedgerFolds(current: current, lastYear: lastYear, places: places, categories: categories, subtree: subtree),
                largest + planned, lastYearAhead)
    }
}

extension Optional {
    /// `map` with an async transform.
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        switch self {
        case .some(let w): return try await transform(w)
        case .none: return nil
        }
    }
}
