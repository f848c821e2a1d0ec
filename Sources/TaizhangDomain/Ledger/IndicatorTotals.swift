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

/// One indicator's figure for a set of units and a period, with how it was reached.
public struct IndicatorTotal: Sendable, Equatable {
    public var indicator: Indicator
    public var value: Double
    /// Every value that went in (the trace).
    public var parts: [DatedValue]
    /// Each unit's own figure (its values combined by the indicator's `aggregation`).
    public var perUnit: [Int: Double]
    /// The roll-up applied across units, and why it differs from the declared one if it does.
    public var method: RollUp
    public var note: String?
    /// When the total came from folds (`totals(folds:)`, a large roll-up): all its values
    /// folded into one; `parts` is then empty and the trace is a query, not a list of entries.
    public var fold: ValueFold? = nil
    /// Some part was approximate (余/多/近/约): the total is approximate too.
    public var approximate: Bool { parts.contains { $0.qualifier != nil } || !(fold?.qualifiers.isEmpty ?? true) }
    public var entryIDs: [Int] { Array(Set(parts.map(\.entryID))).sorted() }
}

extension Catalog {
    /// Each unit's own figure for one indicator: its values over the period combined by the
    /// indicator's `aggregation` (a sum of events, the latest level of a stock …).
    public static func perUnit(_ ind: Indicator, _ parts: [DatedValue]) -> [Int: Double] {
        Dictionary(grouping: parts, by: \.unitID).compactMapValues { vs in
            ind.aggregation.apply(vs.map { (date: $0.date, value: $0.value) })
        }
    }

    /// Totals per indicator in catalog order: each indicator's aggregation within a unit,
    /// then its `rollUp` across units (a rate weighted by its `weightBy` indicator's per-unit
    /// figures of the same values). Values of unknown indicators are ignored. This is the
    /// one roll-up: the aggregates API, targets, the summary, the unit page and charts all
    /// read figures through it.
    public func totals(_ values: [String: [DatedValue]]) -> [IndicatorTotal] {
        indicators.compactMap { ind in
            guard let parts = values[ind.code], !parts.isEmpty else { return nil }
            let perUnit = Self.perUnit(ind, parts)
            let weights = ind.weightBy.flatMap { code in self[code].map { Self.perUnit($0, values[code] ?? []) } } ?? [:]
            guard let r = ind.rollUp.combine(perUnit, weights: weights) else { return nil }
            return IndicatorTotal(indicator: ind, value: r.value, parts: parts, perUnit: perUnit, method: r.method, note: r.note)
        }
    }

    /// The same totals from each unit's folded values (`folds[indicator][unit]`), as the
    /// database computes them with GROUP BY: each unit's figure by the indicator's
    /// `aggregation` of its fold, then its `rollUp` across units — the rules `totals(_:)` applies.
    public func totals(folds: [String: [Int: ValueFold]]) -> [IndicatorTotal] {
        indicators.compactMap { ind in
            guard let byUnit = folds[ind.code], !byUnit.isEmpty else { return nil }
            let perUnit = byUnit.mapValues { ind.aggregation.apply($0) }
            let weights = ind.weightBy.flatMap { code in self[code].map { w in (folds[code] ?? [:]).mapValues { w.aggregation.apply($0) } } } ?? [:]
            guard let r = ind.rollUp.combine(perUnit, weights: weights) else { return nil }
            return IndicatorTotal(indicator: ind, value: r.value, parts: [], perUnit: perUnit, method: r.method, note: r.note,
                                  fold: ValueFold.merged(byUnit.keys.sorted().map { byUnit[$0]! }))
        }
    }

    /// Each unit's fold per indicator of in-memory values, in the order given.
    public static func folds(_ values: [String: [DatedValue]]) -> [String: [Int: ValueFold]] {
        values.mapValues { parts in
            var out: [Int: ValueFold] = [:]
            for p in parts {
                if out[p.unitID] == nil { out[p.unitID] = ValueFold(date: p.date, value: p.value, entry: p.entryID, qualifier: p.qualifier) }
                else { out[p.unitID]!.add(date: p.date, value: p.value, entry: p.entryID, qualifier: p.qualifier) }
            }
            return out
        }
    }
}
