import Fluent
import TaizhangDomain
import Vapor

/// Indicator totals for a unit (or its subtree) and period, with the same period last
/// year; and progress against targets.
enum AggregateController {
    struct Row: Content {
        var indicator: String
        var name: String
        var measureWord: String
        var value: Double
        var approximate: Bool
        var entryCount: Int
        var lastYear: Double?
        /// Change against the same period last year, in percent (nil without last year's figure).
        var changePercent: Double?
    }
    struct Result: Content { var unitId: Int; var period: String; var periodLabel: String; var subtree: Bool; var rows: [Row] }

    static func totals(req: Request) async throws -> Result {
        let unitID = try req.queryInt("unit")
        let period = try req.queryPeriod()
        let scope = try await req.authorize(.read, unit: unitID)
        let subtree = req.queryBool("subtree") ?? true
        let units = scope.readableIDs(root: unitID, subtree: subtree)
        let catalog = try await req.catalog()
        let now = try await AggregateStore.totals(units: units, period: period, catalog: catalog, on: req.db)
        let last = try await AggregateStore.totals(units: units, period: period.sameLastYear, catalog: catalog, on: req.db)
        let lastBy = Dictionary(uniqueKeysWithValues: last.map { ($0.indicator, $0.value) })
        let rows = now.map { t -> Row in
            let ly = lastBy[t.indicator]
            let change = ly.flatMap { $0 > 0 ? (t.value - $0) / $0 * 100 : nil }
            return Row(indicator: t.indicator, name: t.name, measureWord: t.measureWord, value: t.value,
                       approximate: t.approximate, entryCount: t.entryCount, lastYear: ly, changePercent: change)
        }
        return Result(unitId: unitID, period: period.code, periodLabel: period.label(req.language), subtree: subtree, rows: rows)
    }

    /// The units below `root` the caller may read (a leader of one community reading the
    /// street would otherwise see totals of siblings they cannot open).
}
