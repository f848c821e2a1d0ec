import Fluent
import TaizhangDomain

/// One indicator's figure for a set of units and a period.
struct IndicatorFigure: Codable, Sendable, Hashable {
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
    static func totals(units: [Int], period: Period, catalog: Catalog, on db: any Database) async throws -> [IndicatorFigure] {
        guard !units.isEmpty else { return [] }
        let rows = try await EntryValueModel.query(on: db)
            .filter(\.$unitID ~~ units)
            .filter(\.$countsOn >= period.start.iso).filter(\.$countsOn <= period.end.iso)
            .filter(\.$planned == false).filter(\.$pending == false)
            .all()
        return combine(rows, catalog: catalog)
    }

    static func combine(_ rows: [EntryValueModel], catalog: Catalog) -> [IndicatorFigure] {
        let dated = Dictionary(grouping: rows.map { r in
            (r.indicatorCode, DatedValue(unitID: r.unitID, entryID: r.entryID, date: CivilDate(iso: r.countsOn) ?? CivilDate(1970, 1, 1),
                                         value: r.value, qualifier: r.qualifier))
        }, by: { $0.0 }).mapValues { $0.map { $0.1 } }
        return catalog.totals(dated).map { t in
            IndicatorFigure(indicator: t.indicator.code, name: t.indicator.name, measureWord: t.indicator.measureWord,
                           value: t.value, approximate: t.approximate, entryCount: t.entryIDs.count, entryIds: t.entryIDs)
        }
    }
}
