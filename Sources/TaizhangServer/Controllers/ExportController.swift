import Fluent
import TaizhangDocument
import TaizhangDomain
import Vapor

/// Spreadsheet exports (`format=xlsx`, the default, or `csv`): the ledger with one
/// column per indicator, and the reporting-rate matrix.
enum ExportController {
    /// Most rows one export writes (a county's year is well below it).
    static let maxRows = 200_000

    /// GET /api/entries/export?unit=&period=&category=&source=&indicator=&format=
    static func ledger(req: Request) async throws -> Response {
        let unitID = try req.queryInt("unit")
        let scope = try await req.authorize(.read, unit: unitID)
        let format = try SheetFormat.from(req)
        let period = try req.query[String.self, at: "period"].map(Period.parse)
        let query = try await Ledger.filtered(unit: unitID, period: period, category: req.query[String.self, at: "category"],
                                              source: req.query[String.self, at: "source"], indicator: req.query[String.self, at: "indicator"], on: req.db)
        let models = try await query.sort(\.$countsOn).sort(\.$id).limit(maxRows).all()
        let values = try await LedgerSheet.values(of: models, on: req.db)
        let name = (scope.tree[unitID]?.name ?? "") + "台账" + (period.map { "（\($0.chineseLabel)）" } ?? "")
        let table = LedgerSheet.table(models.map { .init(model: $0, values: values[$0.id!] ?? []) }, tree: scope.tree,
                                      catalog: try await req.catalog(), name: name)
        return try format.response([table], title: name, date: CivilDate(req.now))
    }

    /// GET /api/matrix/export?plan=&unit=&from=&to=&format=
    static func matrix(req: Request) async throws -> Response {
        let format = try SheetFormat.from(req)
        let (plan, matrix, scope) = try await MatrixController.load(req)
        let root = try req.queryInt("unit")
        let title = "\(scope.tree[root]?.name ?? "")\(plan.name)报送情况（\(matrix.periods.first?.chineseLabel ?? "")至\(matrix.periods.last?.chineseLabel ?? "")）"
        return try format.response([MatrixSheet.table(matrix, plan: plan, tree: scope.tree)], title: title, date: CivilDate(req.now))
    }
}

extension LedgerSheet {
    /// The values of `models`, a chunk of ids per query.
    static func values(of models: [EntryModel], on db: any Database) async throws -> [Int: [EntryValueModel]] {
        var out: [Int: [EntryValueModel]] = [:]
        let ids = models.compactMap(\.id)
        for start in stride(from: 0, to: ids.count, by: 5_000) {
            let chunk = Array(ids[start..<min(ids.count, start + 5_000)])
            for v in try await EntryValueModel.query(on: db).filter(\.$entryID ~~ chunk).sort(\.$id).all() { out[v.entryID, default: []].append(v) }
        }
        return out
    }
}
