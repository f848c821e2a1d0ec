import Fluent
import SQLKit
import TaizhangDomain
import TaizhangSummary

/// A large roll-up's ledger read as grouped rows (docs/scale.md): each unit's values per
/// indicator folded in the database (count, sum, max, latest — `ValueFold`), the places and
/// categories per indicator, and the ids of a bounded number of the largest entries.
/// Half a million values become a few thousand rows; nothing is read as Fluent models.
struct LedgerFoldReader {
    var db: any SQLDatabase
    /// Units per query: an `IN` list under both engines' bind limits (AggregateStore's).
    static let unitsPerQuery = AggregateStore.unitsPerQuery

    /// The counting values (not planned, not pending) of `units` in [from, through], as
    /// `folds[indicator][unit]`; `latest` names the indicators whose latest value is needed.
    func folds(units: [Int], from: CivilDate, through: CivilDate, latest: Set<String>) async throws -> [String: [Int: ValueFold]] {
        var out: [String: [Int: ValueFold]] = [:]
        for chunk in chunks(units) {
            let rows = try await db.raw(query(
                "SELECT unit_id, indicator_code, coalesce(qualifier, '') AS q, CAST(count(*) AS BIGINT) AS n, "
                    + "CAST(sum(value) AS DOUBLE PRECISION) AS s, CAST(max(value) AS DOUBLE PRECISION) AS m, max(counts_on) AS d FROM entry_values",
                chunk, from, through, tail: " GROUP BY unit_id, indicator_code, coalesce(qualifier, '')")).all()
            for row in rows {
                let code = try row.decode(column: "indicator_code", as: String.self), unit = try row.decode(column: "unit_id", as: Int.self)
                let qualifier = try row.decode(column: "q", as: String.self)
                let day = CivilDate(iso: try row.decode(column: "d", as: String.self)) ?? from
                // Only `latest` indicators read the latest value; it is set below from its own query.
                let fold = ValueFold(count: try row.decode(column: "n", as: Int.self), sum: try row.decode(column: "s", as: Double.self),
                                     max: try row.decode(column: "m", as: Double.self), latestDate: day, latestValue: 0,
                                     qualifiers: qualifier.isEmpty ? [] : [qualifier])
                if out[code]?[unit] == nil { out[code, default: [:]][unit] = fold } else { out[code]![unit]!.merge(fold) }
            }
            guard !latest.isEmpty else { continue }
            // Each unit's values on its last day; of several, the greatest entry id (the ledger's order).
            var q = query("SELECT v.unit_id, v.indicator_code, v.counts_on, v.entry_id, CAST(v.value AS DOUBLE PRECISION) AS value FROM entry_values v",
                          chunk, from, through, alias: "v.", tail: " AND v.indicator_code IN (")
            q.appendInterpolation(binds: latest.sorted())
            q.appendInterpolation(unsafeRaw: ") AND v.counts_on = (SELECT max(w.counts_on) FROM entry_values w WHERE w.unit_id = v.unit_id "
                + "AND w.indicator_code = v.indicator_code AND w.planned = v.planned AND w.pending = v.pending AND w.counts_on <= ")
            q.appendInterpolation(bind: through.iso)
            q.appendInterpolation(unsafeRaw: ")")
            for row in try await db.raw(q).all() {
                let code = try row.decode(column: "indicator_code", as: String.self), unit = try row.decode(column: "unit_id", as: Int.self)
                let entry = try row.decode(column: "entry_id", as: Int.self)
                guard var fold = out[code]?[unit], entry >= fold.latestEntry,
                      let day = CivilDate(iso: try row.decode(column: "counts_on", as: String.self)) else { continue }
                fold.latestDate = day; fold.latestEntry = entry; fold.latestValue = try row.decode(column: "value", as: Double.self)
                out[code]![unit] = fold
            }
        }
        return out
    }

    /// Distinct places and categories of the entries with a value of each indicator.
    func placesAndCategories(units: [Int], from: CivilDate, through: CivilDate) async throws
        -> (places: [String: Set<String>], categories: [String: Set<EntryCategory>]) {
        var places: [String: Set<String>] = [:], categories: [String: Set<EntryCategory>] = [:]
        for chunk in chunks(units) {
            let rows = try await db.raw(query(
                "SELECT v.indicator_code, e.category, coalesce(e.place, '') AS p FROM entry_values v JOIN entries e ON e.id = v.entry_id",
                chunk, from, through, alias: "v.", tail: " GROUP BY v.indicator_code, e.category, coalesce(e.place, '')")).all()
            for row in rows {
                let code = try row.decode(column: "indicator_code", as: String.self), place = try row.decode(column: "p", as: String.self)
                categories[code, default: []].insert(EntryCategory(rawValue: try row.decode(column: "category", as: String.self)) ?? .other)
                if !place.isEmpty { places[code, default: []].insert(place) }
            }
        }
        return (places, categories)
    }

    /// The ids of the entries with the largest values of `codes` (at most `limit` per
    /// indicator), or of any indicator when `codes` is empty.
    func largest(units: [Int], from: CivilDate, through: CivilDate, codes: [String?], limit: Int) async throws -> [Int] {
        var ids = Set<Int>()
        for code in codes {
            var best: [(value: Double, id: Int)] = []
            for chunk in chunks(units) {
                var q = query("SELECT entry_id, CAST(value AS DOUBLE PRECISION) AS value FROM entry_values", chunk, from, through, tail: "")
                if let code { q.appendInterpolation(unsafeRaw: " AND indicator_code = "); q.appendInterpolation(bind: code) }
                q.appendInterpolation(unsafeRaw: " ORDER BY value DESC, entry_id LIMIT \(limit)")
                for row in try await db.raw(q).all() {
                    let value = try row.decode(column: "value", as: Double.self), id = try row.decode(column: "entry_id", as: Int.self)
                    best.append((value: value, id: id))
                }
            }
            best.sort { $0.value != $1.value ? $0.value > $1.value : $0.id < $1.id }
            ids.formUnion(best.prefix(limit).map(\.id))
        }
        return ids.sorted()
    }

    /// Whether `units` have more than `limit` counting values in [from, through] (stops reading at `limit`).
    func exceeds(units: [Int], from: CivilDate, through: CivilDate, limit: Int) async throws -> Bool {
        var seen = 0
        for chunk in chunks(units) {
            let q = query("SELECT CAST(count(*) AS BIGINT) AS n FROM (SELECT 1 AS one FROM entry_values", chunk, from, through,
                          tail: " LIMIT \(limit + 1 - seen)) x")
            seen += try await db.raw(q).first()?.decode(column: "n", as: Int.self) ?? 0
            if seen > limit { return true }
        }
        return false
    }

    private func chunks(_ units: [Int]) -> [[Int]] {
        stride(from: 0, to: units.count, by: Self.unitsPerQuery).map { Array(units[$0..<min(units.count, $0 + Self.unitsPerQuery)]) }
    }

    /// `select` … WHERE the values of `units` counting in [from, through] … `tail`.
    private func query(_ select: String, _ units: [Int], _ from: CivilDate, _ through: CivilDate, alias: String = "",
                       tail: String) -> SQLQueryString {
        var q: SQLQueryString = "\(unsafeRaw: select) WHERE \(unsafeRaw: alias)unit_id IN ("
        q.appendInterpolation(binds: units)
        q.appendInterpolation(unsafeRaw: ") AND \(alias)counts_on >= ")
        q.appendInterpolation(bind: from.iso)
        q.appendInterpolation(unsafeRaw: " AND \(alias)counts_on <= ")
        q.appendInterpolation(bind: through.iso)
        q.appendInterpolation(unsafeRaw: " AND \(alias)planned = ")
        q.appendInterpolation(bind: false)
        q.appendInterpolation(unsafeRaw: " AND \(alias)pending = ")
        q.appendInterpolation(bind: false)
        q.appendInterpolation(unsafeRaw: tail)
        return q
    }
}
