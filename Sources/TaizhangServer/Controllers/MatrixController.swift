import Fluent
import SQLKit
import TaizhangDomain
import Vapor

/// The reporting-rate matrix: units × periods for one plan over a subtree.
enum MatrixController {
    struct Response: Content {
        var plan: ReportingPlan
        var periods: [PeriodDTO]
        var rows: [ReportingMatrix.Row]
        var columns: [ReportingMatrix.Stats]
        var total: ReportingMatrix.Stats
    }
    struct PeriodDTO: Content { var code: String; var label: String }

    static func matrix(req: Request) async throws -> Vapor.Response {
        let (plan, matrix, _) = try await load(req)
        var headers = HTTPHeaders()
        headers.contentType = .json
        if req.query[String.self, at: "format"] == "compact" {
            return Vapor.Response(status: .ok, headers: headers,
                                  body: .init(buffer: ByteBuffer(bytes: try MatrixJSON.encodeCompact(matrix, plan: plan, language: req.language))))
        }
        let body = Response(plan: plan, periods: matrix.periods.map { PeriodDTO(code: $0.code, label: $0.label(req.language)) },
                            rows: matrix.rows, columns: matrix.columns, total: matrix.total)
        return Vapor.Response(status: .ok, headers: headers, body: .init(buffer: ByteBuffer(bytes: try MatrixJSON.encode(body))))
    }

    /// The plan and matrix the query asks for (`plan`, `unit`, `from`, `to`), over the
    /// units below `unit` the caller may read; shared by the JSON and the spreadsheet.
    static func load(_ req: Request) async throws -> (ReportingPlan, ReportingMatrix, AccessScope) {
        let planID = try req.queryInt("plan")
        let root = try req.queryInt("unit")
        let scope = try await req.authorize(.read, unit: root)
        guard let plan = try await PlanModel.find(planID, on: req.db)?.domain else { throw AppError.notFound("Plan", zh: "该报送计划") }
        let today = CivilDate(req.now)
        let last = try req.query[String.self, at: "to"].map(Period.parse) ?? Period.containing(today, kind: plan.periodKind)
        let first = try req.query[String.self, at: "from"].map(Period.parse) ?? last.offset(by: -11)
        guard first.kind == plan.periodKind, last.kind == plan.periodKind, first <= last else {
            throw AppError.badRequest("invalid_period", zh: "起止期间须与报送计划的周期一致，且起始不晚于截止。", en: "from/to must match the plan's period kind, from ≤ to.", field: "from")
        }
        let periods = Period.range(first, through: last)
        guard periods.count <= 60 else {
            throw AppError.badRequest("too_many_periods", zh: "一次最多查看60期。", en: "At most 60 periods at once.", field: "from")
        }
        let units = scope.readableSubtree(of: root)
        let table = try await MatrixStore.firstSubmittedTable(planID: plan.id, periods: periods.filter(plan.applies(to:)),
                                                              units: MatrixStore.unitFilter(units.map(\.id), treeCount: scope.tree.count), on: req.db)
        let matrix = ReportingMatrix.compute(plan: plan, units: units, periods: periods, now: req.now, submitted: table.date)
        return (plan, matrix, scope)
    }
}

enum MatrixStore {
    /// First-submission instants per unit and period code for one plan.
    ///
    /// A county's year is ~100,000 submissions; read as rows (one decoded value per
    /// column and row) they cost more than the rest of the request. The database packs
    /// each period's into two texts instead — the units and, in the same order, their
    /// first submissions in epoch milliseconds — read straight from the covering index
    /// `idx_submissions_matrix` and parsed here in one pass.
    /// The units to read, when they are a small part of the tree (a township's villages in a
    /// county's or a nation's database): then the query reads their rows only instead of
    /// every unit's. For most of the tree the plain scan of the plan's rows is cheaper than
    /// testing each row against a list, so nil (no filter). SQLite takes at most 900 ids,
    /// under its smallest bind-parameter limit.
    static func unitFilter(_ units: [Int], treeCount: Int) -> [Int]? {
        !units.isEmpty && units.count * 4 <= treeCount ? units : nil
    }

    static func firstSubmittedTable(planID: Int, periods: [Period], units: [Int]? = nil, on db: any Database) async throws -> SubmissionTable {
        var table = SubmissionTable(periods: periods.count)
        guard !periods.isEmpty else { return table }
        let sql = db as! any SQLDatabase
        let postgres = sql.dialect.name == "postgresql"
        // Whole milliseconds, rounded down: a comparison with a deadline (whole seconds) and
        // the ISO text (whole seconds) come out as from the stored value. PostgreSQL sends
        // binary integer arrays (no text to format or parse); SQLite, which has none, texts.
        let select = postgres
            ? "SELECT period_code, array_agg(unit_id) AS units, "
                + "array_agg(floor(date_part('epoch', first_submitted_at) * 1000)::bigint) AS ms"
            : "SELECT period_code, group_concat(unit_id, ',') AS units, group_concat(CAST(first_submitted_at * 1000 AS INTEGER), ',') AS ms"
        var query: SQLQueryString = "\(unsafeRaw: select) FROM submissions WHERE plan_id = "
        query.appendInterpolation(bind: planID)
        query.appendInterpolation(unsafeRaw: " AND period_code IN (")
        query.appendInterpolation(binds: periods.map(\.code))
        query.appendInterpolation(unsafeRaw: ")")
        if let units, postgres {
            query.appendInterpolation(unsafeRaw: " AND unit_id = ANY(")
            query.appendInterpolation(bind: units)
            query.appendInterpolation(unsafeRaw: ")")
        } else if let units, units.count <= 900 {
            query.appendInterpolation(unsafeRaw: " AND unit_id IN (")
            query.appendInterpolation(binds: units)
            query.appendInterpolation(unsafeRaw: ")")
        }
        query.appendInterpolation(unsafeRaw: " AND first_submitted_at IS NOT NULL GROUP BY period_code")
        let index = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1.code, $0) })
        for row in try await sql.raw(query).all() {
            guard let i = index[try row.decode(column: "period_code", as: String.self)] else { continue }
            if postgres {
                // Both arrays are built in one pass over the same rows, so they line up.
                let units = try row.decode(column: "units", as: [Int64].self), ms = try row.decode(column: "ms", as: [Int64].self)
                for (u, m) in zip(units, ms) { table.set(unit: Int(u), period: i, millis: m) }
            } else {
                table.add(period: i, units: try row.decode(column: "units", as: String.self), millis: try row.decode(column: "ms", as: String.self))
            }
        }
        return table
    }

    /// The old shape (unit → period code → instant), for callers that want it.
    static func firstSubmitted(planID: Int, periods: [Period], units: [Int]? = nil, on db: any Database) async throws -> [Int: [String: Date]] {
        let table = try await firstSubmittedTable(planID: planID, periods: periods, units: units, on: db)
        return table.dictionary(codes: periods.map(\.code))
    }
}

/// The matrix response as JSON, byte for byte what `JSONEncoder.api` (snake_case keys,
/// sorted keys, ISO 8601 dates) writes for `MatrixController.Response`, but written
/// directly: 10,000 units × 12 periods are 120,000 cells, and the generic encoder spends
/// ~0.4 s on them. Everything but the rows goes through `JSONEncoder.api` itself; in the
/// rows, any string with a character JSON escapes and any date whose fraction of a second
/// could round up are handed to `JSONEncoder.api` too, so the output stays identical.
enum MatrixJSON {
    static func encode(_ r: MatrixController.Response) throws -> [UInt8] {
        let encoder = JSONEncoder.api
        var out: [UInt8] = []
        out.reserveCapacity(512 + r.rows.count * (96 + 80 * r.periods.count))
        out.append(contentsOf: #"{"columns":"#.utf8); out += try encoder.encode(r.columns)
        out.append(contentsOf: #","periods":"#.utf8); out += try encoder.encode(r.periods)
        out.append(contentsOf: #","plan":"#.utf8); out += try encoder.encode(r.plan)
        out.append(contentsOf: #","rows":["#.utf8)
        var dueDates: [CivilDate: [UInt8]] = [:]
        for (i, row) in r.rows.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: #"{"cells":["#.utf8)
            for (j, cell) in row.cells.enumerated() {
                if j > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: #"{"due_date":"#.utf8)
                if let due = dueDates[cell.dueDate] {
                    out += due
                } else {
                    var due: [UInt8] = []
                    try string(cell.dueDate.iso, into: &due)
                    dueDates[cell.dueDate] = due
                    out += due
                }
                out.append(contentsOf: #","status":"#.utf8)
                try string(cell.status.rawValue, into: &out)
                if let at = cell.submittedAt {
                    out.append(contentsOf: #","submitted_at":"#.utf8)
                    try date(at, into: &out)
                }
                out.append(UInt8(ascii: "}"))
            }
            out.append(contentsOf: #"],"stats":"#.utf8)
            stats(row.stats, into: &out)
            out.append(contentsOf: #","unit_id":"#.utf8); out.append(contentsOf: String(row.unitID).utf8)
            out.append(contentsOf: #","unit_name":"#.utf8)
            try string(row.unitName, into: &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(contentsOf: #"],"total":"#.utf8)
        stats(r.total, into: &out)
        out.append(UInt8(ascii: "}"))
        return out
    }

    private static func stats(_ s: ReportingMatrix.Stats, into out: inout [UInt8]) {
        out.append(contentsOf: #"{"actual":"#.utf8); out.append(contentsOf: String(s.actual).utf8)
        out.append(contentsOf: #","expected":"#.utf8); out.append(contentsOf: String(s.expected).utf8)
        out.append(contentsOf: #","on_time":"#.utf8); out.append(contentsOf: String(s.onTime).utf8)
        out.append(UInt8(ascii: "}"))
    }

    /// A JSON string: verbatim when nothing in it is escaped by JSONEncoder (`"`, `\`, `/`
    /// and control characters below U+0020), else as JSONEncoder writes it.
    static func string(_ s: String, into out: inout [UInt8]) throws {
        let utf8 = s.utf8
        if utf8.allSatisfy({ $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") && $0 != UInt8(ascii: "/") }) {
            out.append(UInt8(ascii: "\""))
            out += utf8
            out.append(UInt8(ascii: "\""))
        } else {
            out += try JSONEncoder.api.encode(s)
        }
    }

    /// ISO 8601 in UTC to the second, as the `.iso8601` strategy writes it (it drops the
    /// fraction of a second; fractions within a millisecond of the next second, and dates
    /// outside 1970…9999, are left to JSONEncoder).
    private static func date(_ d: Date, into out: inout [UInt8]) throws {
        let t = d.timeIntervalSince1970
        let whole = t.rounded(.down)
        guard t >= 0, t < 253_402_300_800, t - whole < 0.999 else {
            out += try JSONEncoder.api.encode(d)
            return
        }
        let seconds = Int(whole)
        let days = seconds / 86_400, inDay = seconds % 86_400
        let civil = CivilDate(dayNumber: days)
        let (year, month, day) = (civil.year, civil.month, civil.day)
        func digits(_ v: Int, _ n: Int) {
            var p = 1
            for _ in 1..<n { p *= 10 }
            var v = v
            while p > 0 { out.append(UInt8(ascii: "0") + UInt8(v / p)); v %= p; p /= 10 }
        }
        out.append(UInt8(ascii: "\""))
        digits(year, 4); out.append(UInt8(ascii: "-")); digits(month, 2); out.append(UInt8(ascii: "-")); digits(day, 2)
        out.append(UInt8(ascii: "T"))
        digits(inDay / 3600, 2); out.append(UInt8(ascii: ":")); digits(inDay / 60 % 60, 2); out.append(UInt8(ascii: ":"))
        digits(inDay % 60, 2)
        out.append(contentsOf: "Z\"".utf8)
    }
}
