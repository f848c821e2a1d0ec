import Fluent
import TaizhangDomain

/// One indicator's figure for a set of units and a period.
struct IndicatorTotal: Codable, Sendable, Hashable {
    var indicator: String
    var name: String
    var measureWord: String
    var value: Double
    /// Some contributing value was approximate (余/多/近/约): the total is approximate too.
    var approximate: Bool
    var entryCount: Int
    var entryIds: [Int]
}

/// Ledger aggregates: indicator totals per unit set and period, using each indicator's
/// aggregation within a unit and summing across units (max and mean combine by max and mean).
enum AggregateStore {
    static func totals(units: [Int], period: Period, catalog: Catalog, on db: any Database) async throws -> [IndicatorTotal] {
        guard !units.isEmpty else { return [] }
        let rows = try await EntryValueModel.query(on: db)
            .filter(\.$unitID ~~ units)
            .filter(\.$countsOn >= period.start.iso).filter(\.$countsOn <= period.end.iso)
            .filter(\.$planned == false).filter(\.$pending == false)
            .all()
        return combine(rows, catalog: catalog)
    }

    static func combine(_ rows: [EntryValueModel], catalog: Catalog) -> [IndicatorTotal] {
        var out: [IndicatorTotal] = []
        for (code, values) in Dictionary(grouping: rows, by: \.indicatorCode) {
            guard let ind = catalog[code] else { continue }
            var perUnit: [Double] = []
            for (_, unitValues) in Dictionary(grouping: values, by: \.unitID) {
                let dated = unitValues.map { (date: CivilDate(iso: $0.countsOn) ?? CivilDate(1970, 1, 1), value: $0.value) }
                if let v = ind.aggregation.apply(dated) { perUnit.append(v) }
            }
            let value: Double
            switch ind.aggregation {
            case .sum, .latest: value = perUnit.reduce(0, +)
            case .max: value = perUnit.max() ?? 0
            case .mean: value = perUnit.isEmpty ? 0 : perUnit.reduce(0, +) / Double(perUnit.count)
            }
            let entryIds = Array(Set(values.map(\.entryID))).sorted()
            out.append(IndicatorTotal(indicator: code, name: ind.name, measureWord: ind.measureWord, value: value,
                                      approximate: values.contains { $0.qualifier != nil },
                                      entryCount: entryIds.count, entryIds: entryIds))
        }
        let order = Dictionary(uniqueKeysWithValues: catalog.indicators.enumerated().map { ($1.code, $0) })
        return out.sorted { (order[$0.indicator] ?? .max) < (order[$1.indicator] ?? .max) }
    }
}
