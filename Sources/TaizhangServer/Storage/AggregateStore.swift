import Fluent
import SQLKit
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
    /// Units per query: an `IN` list under both engines' bind limits.
    static let unitsPerQuery = 20_000

    static func totals(units: [Int], period: Period, catalog: Catalog, on db: any Database) async throws -> [IndicatorFigure] {
        guard !units.isEmpty else { return [] }
        var dated: [String: [DatedValue]] = [:]
        for start in stride(from: 0, to: units.count, by: unitsPerQuery) {
            try await read(Array(units[start..<min(units.count, start + unitsPerQuery)]), period: period, into: &dated, on: db)
        }
        return combine(dated, catalog: catalog)
    }

    /// The values of `units` over `period` that count (not planned, not pending), one
    /// row per indicator: a county's half-year is half a million values, which as rows or
    /// models cost seconds. PostgreSQL answers with binary arrays, SQLite with texts, each
    /// list in the same row order (SQLite's values printed with 17 digits, which read back
    /// as the same Double).
    static func read(_ units: [Int], period: Period, into dated: inout [String: [DatedValue]], on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        let postgres = sql.dialect.name == "postgresql"
        let select = postgres
            ? "SELECT indicator_code, array_agg(unit_id) AS u, array_agg(entry_id) AS e, array_agg(replace(counts_on, '-', '')::int) AS d, "
                + "array_agg(value) AS v, array_agg(coalesce(qualifier, '')) AS q"
            : "SELECT indicator_code, group_concat(unit_id, ',') AS u, group_concat(entry_id, ',') AS e, "
                + "group_concat(CAST(replace(counts_on, '-', '') AS INTEGER), ',') AS d, group_concat(printf('%!.17g', value), ',') AS v, "
                + "group_concat(coalesce(qualifier, ''), char(31)) AS q"
        var query: SQLQueryString = "\(unsafeRaw: select) FROM entry_values WHERE unit_id IN ("
        query.appendInterpolation(binds: units)
        query.appendInterpolation(unsafeRaw: ") AND counts_on >= ")
        query.appendInterpolation(bind: period.start.iso)
        query.appendInterpolation(unsafeRaw: " AND counts_on <= ")
        query.appendInterpolation(bind: period.end.iso)
        query.appendInterpolation(unsafeRaw: " AND planned = ")
        query.appendInterpolation(bind: false)
        query.appendInterpolation(unsafeRaw: " AND pending = ")
        query.appendInterpolation(bind: false)
        query.appendInterpolation(unsafeRaw: " GROUP BY indicator_code")
        for row in try await sql.raw(query).all() {
            let code = try row.decode(column: "indicator_code", as: String.self)
            let u: [Int], e: [Int], d: [Int], v: [Double], q: [String]
            if postgres {
                u = try row.decode(column: "u", as: [Int].self); e = try row.decode(column: "e", as: [Int].self)
                d = try row.decode(column: "d", as: [Int32].self).map(Int.init); v = try row.decode(column: "v", as: [Double].self)
                q = try row.decode(column: "q", as: [String].self)
            } else {
                u = ints(try row.decode(column: "u", as: String.self)); e = ints(try row.decode(column: "e", as: String.self))
                d = ints(try row.decode(column: "d", as: String.self))
                v = try row.decode(column: "v", as: String.self).split(separator: ",").map { Double($0) ?? 0 }
                q = try row.decode(column: "q", as: String.self).split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            }
            var list = dated[code] ?? []
            list.reserveCapacity(list.count + u.count)
            for i in 0..<min(u.count, e.count, d.count, v.count, q.count) {
                let day = CivilDate(d[i] / 10_000, d[i] / 100 % 100, d[i] % 100)
                list.append(DatedValue(unitID: u[i], entryID: e[i], date: day, value: v[i], qualifier: q[i].isEmpty ? nil : q[i]))
            }
            dated[code] = list
        }
    }

    /// "12,7,30" → [12, 7, 30], one pass over the bytes.
    static func ints(_ text: String) -> [Int] {
        var out: [Int] = [], value = 0, negative = false, any = false
        out.reserveCapacity(text.utf8.count / 4)
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value &* 10 &+ Int(b &- UInt8(ascii: "0")); any = true
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: ","):
                if any { out.append(negative ? -value : value) }
                value = 0; negative = false; any = false
            default: break
            }
        }
        if any { out.append(negative ? -value : value) }
        return out
    }

    static func combine(_ dated: [String: [DatedValue]], catalog: Catalog) -> [IndicatorFigure] {
        catalog.totals(dated).map { t in
            IndicatorFigure(indicator: t.indicator.code, name: t.indicator.name, measureWord: t.indicator.measureWord,
                           value: t.value, approximate: t.approximate, entryCount: t.entryIDs.count, entryIds: t.entryIDs)
        }
    }
}
