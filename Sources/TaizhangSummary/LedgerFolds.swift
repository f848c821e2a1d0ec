import TaizhangDocument
import TaizhangDomain

/// A large roll-up's ledger as the database grouped it (SPEC §7 half-year summary of a
/// county: a quarter of a million entries). The figures come from each unit's folded values
/// (`Catalog.totals(folds:)`, the same rules as the in-memory totals); the sentences that
/// name entries (highlights, kinds of work, recurring events) read a bounded selection, the
/// largest entries, which the server puts in `SummarySource.entries` and `lastYearAhead`.
/// A figure's trace is a query (`SourceRef.query`), resolved when someone opens it.
public struct LedgerFolds: Sendable {
    /// Confirmed values counting in the period: `current[indicator][unit]`.
    public var current: [String: [Int: ValueFold]]
    /// The same period last year (同比).
    public var lastYear: [String: [Int: ValueFold]]
    /// Distinct places and categories of the period's entries with a value of each indicator
    /// ("覆盖辖区N个活动点位", the noun of the lead sentence).
    public var places: [String: Set<String>]
    public var categories: [String: Set<EntryCategory>]
    /// The draft covers the unit's (readable) subtree.
    public var subtree: Bool

    public init(current: [String: [Int: ValueFold]], lastYear: [String: [Int: ValueFold]] = [:],
                places: [String: Set<String>] = [:], categories: [String: Set<EntryCategory>] = [:], subtree: Bool) {
        self.current = current; self.lastYear = lastYear; self.places = places; self.categories = categories; self.subtree = subtree
    }

    /// The folds of `units` only (a child's row of the ranking).
    func current(of units: Set<Int>) -> [String: [Int: ValueFold]] {
        current.mapValues { $0.filter { units.contains($0.key) } }.filter { !$0.value.isEmpty }
    }

    /// Whether `unit` has a value of any of `codes`.
    func recorded(_ unit: Int, _ codes: Set<String>) -> Bool { codes.contains { current[$0]?[unit] != nil } }
}
