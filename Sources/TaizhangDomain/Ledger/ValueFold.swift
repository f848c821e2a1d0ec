/// One unit's values of one indicator over a period, folded into what every `Aggregation`
/// needs (count, sum, max, the latest value) — the form a database computes with GROUP BY,
/// so a county's half-year is a few thousand folds instead of half a million values.
/// `Aggregation.apply` reads values only through a fold: the ledger's in-memory totals and
/// the database's grouped ones share one rule.
public struct ValueFold: Sendable, Equatable {
    public var count: Int
    public var sum: Double
    public var max: Double
    /// The value with the greatest date; on equal dates the one given last (or, when folds
    /// are merged, of the greater entry id — the order the ledger gives its values in).
    public var latestDate: CivilDate
    public var latestValue: Double
    public var latestEntry: Int
    /// Qualifiers (余/多/约/近) among the values: the figure is approximate when any is present.
    public var qualifiers: Set<String>

    public init(count: Int, sum: Double, max: Double, latestDate: CivilDate, latestValue: Double, latestEntry: Int = 0,
                qualifiers: Set<String> = []) {
        self.count = count; self.sum = sum; self.max = max; self.latestDate = latestDate; self.latestValue = latestValue
        self.latestEntry = latestEntry; self.qualifiers = qualifiers
    }

    /// A fold of one value.
    public init(date: CivilDate, value: Double, entry: Int = 0, qualifier: String? = nil) {
        self.init(count: 1, sum: value, max: value, latestDate: date, latestValue: value, latestEntry: entry,
                  qualifiers: qualifier.map { [$0] } ?? [])
    }

    /// Adds a value given after those already folded (ties on the date: the new one is latest).
    public mutating func add(date: CivilDate, value: Double, entry: Int = 0, qualifier: String? = nil) {
        count += 1; sum += value; max = Swift.max(max, value)
        if date >= latestDate { latestDate = date; latestValue = value; latestEntry = entry }
        if let qualifier { qualifiers.insert(qualifier) }
    }

    /// Combines two folds of disjoint values (e.g. a unit's rows per qualifier).
    public mutating func merge(_ other: ValueFold) {
        count += other.count; sum += other.sum; max = Swift.max(max, other.max)
        if other.latestDate > latestDate || (other.latestDate == latestDate && other.latestEntry >= latestEntry) {
            latestDate = other.latestDate; latestValue = other.latestValue; latestEntry = other.latestEntry
        }
        qualifiers.formUnion(other.qualifiers)
    }

    /// Folds values in the order given; nil for none.
    public static func of(_ values: [(date: CivilDate, value: Double)]) -> ValueFold? {
        guard let first = values.first else { return nil }
        var fold = ValueFold(date: first.date, value: first.value)
        for v in values.dropFirst() { fold.add(date: v.date, value: v.value) }
        return fold
    }

    /// Several folds as one (nil for none).
    public static func merged<S: Sequence>(_ folds: S) -> ValueFold? where S.Element == ValueFold {
        var out: ValueFold?
        for f in folds { if out == nil { out = f } else { out!.merge(f) } }
        return out
    }
}

extension Aggregation {
    /// The figure a fold stands for: the sum, the largest value, the mean, or the latest value.
    public func apply(_ fold: ValueFold) -> Double {
        switch self {
        case .sum: return fold.sum
        case .max: return fold.max
        case .mean: return fold.sum / Double(fold.count)
        case .latest: return fold.latestValue
        }
    }
}
