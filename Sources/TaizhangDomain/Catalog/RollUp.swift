/// How one indicator's per-unit figures combine across units (a street's figure from its
/// communities, a district's from its streets). SPEC §2 Indicator: "counts and money sum;
/// a rate is a weighted mean by its denominator, never a sum; a stock sums each unit's
/// latest". Declared per indicator in the catalog, next to `Aggregation` (which says how
/// values combine over time within one unit).
public enum RollUp: String, Codable, Sendable, CaseIterable {
    /// Counts, money and stocks: the district has what its units have together.
    case sum
    /// Rates: each unit's rate weighted by its value of the indicator's `weightBy`
    /// (e.g. coverage weighted by the number of communities). Without a weight for every
    /// unit it falls back to the plain mean, and says so.
    case weightedMean = "weighted_mean"
    /// Rates or scores where every unit counts the same.
    case mean
    /// Peaks (the largest single event): the largest unit's figure.
    case max

    /// The default for an indicator that declares none (catalogs stored before roll-ups
    /// were declared): a percentage is a mean, a maximum stays a maximum, anything else sums.
    public static func inferred(measureWord: String, aggregation: Aggregation) -> RollUp {
        if measureWord == "%" || measureWord == "‰" { return .mean }
        return aggregation == .max ? .max : aggregation == .mean ? .mean : .sum
    }
}

/// One roll-up with its reason: the value and how it was reached.
public struct RolledUp: Sendable, Equatable {
    public var value: Double
    /// The rule actually applied (a weighted mean without weights is reported as `mean`).
    public var method: RollUp
    /// Why the method differs from the declared one, if it does.
    public var note: String?
}

extension RollUp {
    /// Combines per-unit figures. `weights` (by unit id) are only read by `weightedMean`;
    /// units without a positive weight make the weighted mean fall back to the plain mean,
    /// so a roll-up of a rate always lies between its units' smallest and largest figure.
    public func combine(_ perUnit: [Int: Double], weights: [Int: Double] = [:]) -> RolledUp? {
        let ids = perUnit.keys.sorted()
        guard !ids.isEmpty else { return nil }
        let values = ids.map { perUnit[$0]! }
        switch self {
        case .sum: return RolledUp(value: values.reduce(0, +), method: .sum)
        case .max: return RolledUp(value: values.max()!, method: .max)
        case .mean: return RolledUp(value: Self.mean(values), method: .mean)
        case .weightedMean:
            let w = ids.map { weights[$0] ?? 0 }
            guard w.allSatisfy({ $0 > 0 && $0.isFinite }) else {
                return RolledUp(value: Self.mean(values), method: .mean,
                                note: "部分单位缺少权重指标，按简单平均计算 / some units lack the weight: plain mean")
            }
            let total = w.reduce(0, +)
            let value = zip(values, w).map { $0 * $1 }.reduce(0, +) / total
            // Rounding may put a weighted mean a hair outside its range; keep it inside.
            return RolledUp(value: Swift.min(Swift.max(value, values.min()!), values.max()!), method: .weightedMean)
        }
    }

    private static func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }
}
