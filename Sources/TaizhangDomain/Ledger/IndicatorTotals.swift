/// One recorded value as aggregation sees it.
public struct DatedValue: Sendable, Equatable {
    public var unitID: Int
    public var entryID: Int
    public var date: CivilDate
    public var value: Double
    public var qualifier: String?

    public init(unitID: Int, entryID: Int, date: CivilDate, value: Double, qualifier: String? = nil) {
        self.unitID = unitID; self.entryID = entryID; self.date = date; self.value = value; self.qualifier = qualifier
    }
}

/// One indicator's figure for a set of units and a period.
public struct IndicatorTotal: Sendable, Equatable {
    public var indicator: Indicator
    public var value: Double
    /// Every value that went in (the trace).
    public var parts: [DatedValue]
    /// Some part was approximate (余/多/近/约): the total is approximate too.
    public var approximate: Bool { parts.contains { $0.qualifier != nil } }
    public var entryIDs: [Int] { Array(Set(parts.map(\.entryID))).sorted() }
}

extension Aggregation {
    /// Combines the per-unit figures of several units: counts and latest levels add up
    /// (each unit's latest team count is its own), a maximum stays a maximum, a mean of
    /// means is the fair reading of per-unit rates.
    public func acrossUnits(_ perUnit: [Double]) -> Double {
        switch self {
        case .sum, .latest: perUnit.reduce(0, +)
        case .max: perUnit.max() ?? 0
        case .mean: perUnit.isEmpty ? 0 : perUnit.reduce(0, +) / Double(perUnit.count)
        }
    }
}

extension Catalog {
    /// Totals per indicator in catalog order: each indicator's aggregation within a unit,
    /// then `acrossUnits`. Values of unknown indicators are ignored.
    public func totals(_ values: [String: [DatedValue]]) -> [IndicatorTotal] {
        indicators.compactMap { ind in
            guard let parts = values[ind.code], !parts.isEmpty else { return nil }
            var perUnit: [Double] = []
            let byUnit = Dictionary(grouping: parts, by: \.unitID)
            for unitID in byUnit.keys.sorted() {
                if let v = ind.aggregation.apply(byUnit[unitID]!.map { (date: $0.date, value: $0.value) }) { perUnit.append(v) }
            }
            return IndicatorTotal(indicator: ind, value: ind.aggregation.acrossUnits(perUnit), parts: parts)
        }
    }
}
