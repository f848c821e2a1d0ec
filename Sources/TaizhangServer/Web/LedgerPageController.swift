import Fluent
import Foundation
import TaizhangDomain
import TaizhangWeb
import Vapor

/// The ledger in the browser: the list with filters and pages, its CSV export, and the
/// form to add an entry (validated by the same rules as the API).
enum LedgerPageController {
    static let pageSize = 30

    static func list(req: Request) async throws -> Response {
        let (ctx, unit, scope) = try await req.pageSession()
        let catalog = try await req.catalog()
        let f = LedgerPage.Filters(period: req.queryText("period"), category: req.queryText("category"),
                                   indicator: req.queryText("indicator"), source: req.queryText("source"))
        // An unknown period in the filter is shown back, not an error (the API refuses it).
        let query = try await Ledger.filtered(unit: unit.id, period: f.period.flatMap { Period(code: $0) }, category: f.category,
                                                       source: f.source, indicator: f.indicator, on: req.db)
        let sorted = query.sort(\.$countsOn, .descending).sort(\.$id, .descending)
        if req.query[String.self, at: "format"] == "csv" {
            return try await csv(WebRows.entries(sorted.all(), catalog: catalog, on: req.db), unitName: unit.name)
        }
        let total = try await query.count()
        let pages = max(1, (total + pageSize - 1) / pageSize)
        let page = min(max(req.query[Int.self, at: "page"] ?? 1, 1), pages)
        let rows = try await WebRows.entries(sorted.range(((page - 1) * pageSize)..<(page * pageSize)).all(), catalog: catalog, on: req.db)
        let pending = try await EntryModel.query(on: req.db).filter(\.$unitID == unit.id).filter(\.$pending == true).count()
        let today = CivilDate(req.now)
        let periods = (0..<12).map { Period.containing(today, kind: .month).offset(by: -$0) }
            + [Period.containing(today, kind: .halfYear), Period.containing(today, kind: .halfYear).previous, .year(today.year), .year(today.year - 1)]
        let model = LedgerPage.Model(filters: f, periodOptions: periods, indicators: catalog.indicators, rows: rows, page: page,
                                     pageCount: pages, total: total, pendingImports: pending, canEdit: scope.can(.writeLedger, on: unit.id))
        return req.html(LedgerPage.render(model, ctx)).clearingFlash(req)
    }

    /// UTF-8 with a byte-order mark, so Excel (which these offices open CSV files in) reads the Chinese.
    static func csv(_ rows: [EntryRow], unitName: String) -> Response {
        let cell = SpreadsheetCell.csvField
        var out = "\u{FEFF}日期,结束日期,标题,类别,地点,指标,来源,待确认\r\n"
        for r in rows {
            let values = r.values.map { "\($0.name)\($0.value.compact)\($0.qualifier ?? "")\($0.measureWord)" }.joined(separator: "；")
            out += [r.date.iso, r.endDate?.iso ?? "", r.title, r.category.chinese, r.place ?? "", values, r.source.rawValue,
                    r.needsConfirmation ? "是" : ""].map(cell).joined(separator: ",") + "\r\n"
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        headers.replaceOrAdd(name: .contentDisposition, value: HTTPHeaders.attachment(title: "\(unitName)台账", ext: "csv"))
        return Response(status: .ok, headers: headers, body: .init(string: out))
    }
}
