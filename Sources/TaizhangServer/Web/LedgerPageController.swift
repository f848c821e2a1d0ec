import Fluent
import Foundation
import TaizhangDomain
import TaizhangWeb
import Vapor

/// The ledger in the browser: the list with filters and pages, its CSV/XLSX export (`LedgerSheet`), and the
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
        // Work done before planned work (a future 计划 item is not news), then what was recorded
        // last: the entry just added is on top whatever its date. Exports stay in date order.
        let sheet = req.queryText("format").flatMap(SheetFormat.init(rawValue:))
        let sorted = sheet != nil ? query.sort(\.$countsOn, .descending).sort(\.$id, .descending)
            : query.sort(\.$planned).sort(\.$createdAt, .descending).sort(\.$countsOn, .descending).sort(\.$id, .descending)
        if let sheet {
            let models = try await sorted.all()
            let values = try await LedgerSheet.values(of: models, on: req.db)
            let table = LedgerSheet.table(models.map { .init(model: $0, values: values[$0.id!] ?? []) }, tree: scope.tree,
                                          catalog: catalog, name: "\(unit.name)台账")
            return try sheet.response([table], title: "\(unit.name)台账", date: CivilDate(req.now))
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
}
