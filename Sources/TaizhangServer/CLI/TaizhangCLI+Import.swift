import Fluent
import Foundation
import TaizhangDomain
import TaizhangSummary
import TaizhangText
import Vapor

extension TaizhangCLI {
    /// `taizhang import`: candidate ledger entries from a summary, pending confirmation.
    /// Returns the lines to print.
    public static func importDocument(config: AppConfig, path: String, unit: String, period rawPeriod: String,
                                      dryRun: Bool) async throws -> [String] {
        let url = URL(fileURLWithPath: path)
        let (text, _) = try Checker.read(fileAt: url)
        // Without --period, the period the document names (2025年上半年 → 2025H1).
        let detected = DocumentPeriod.detect(in: text)
        guard let period = rawPeriod.isEmpty ? detected : Period(code: rawPeriod) else {
            throw CLIError(rawPeriod.isEmpty ? "文中未写明期间，请用 --period 指定（例：2024H1）。No period in the document: give --period."
                                             : "期间代码无效：\(rawPeriod)（例：2024H1）。Invalid period code.")
        }
        let report = Checker.check(text: text, path: path)
        let data = (try? Data(contentsOf: url)) ?? Data()
        return try await withApp(config) { app in
            let units = try await UnitModel.query(on: app.db).all()
            guard let target = units.first(where: { $0.code == unit || String($0.id ?? -1) == unit }) else {
                throw CLIError("未找到单位“\(unit)”（可用 taizhang units 查看编号和代码）。Unit not found.")
            }
            let catalog = try await app.catalogCache.catalog(on: app.db)
            let candidates = DocumentImport.candidates(text: text, fileData: data, fileName: url.lastPathComponent, report: report,
                                                       catalog: catalog, unitID: target.id!, period: period)
            var lines = candidates.map { c in
                "\(c.quantity.line):\(c.quantity.column)\t\(c.indicator.name)\t\(c.stored.entry.values[0].value.compact)\(c.indicator.measureWord)\t\(c.quantity.text)"
            }
            lines.insert("期间 / period: \(period.code)" + (detected.map { "（文中期间 / in the document: \($0.code)）" } ?? ""), at: 0)
            lines.append("共识别\(candidates.count)条候选台账（\(report.quantities.count)个数量中）。\(candidates.count) candidate entries from \(report.quantities.count) quantities.")
            guard !dryRun, !candidates.isEmpty else { return lines + (dryRun ? ["（试运行，未写入。Dry run: nothing written.）"] : []) }
            let now = app.dependencies.clock.now()
            let engine = app.appConfig.database.engine
            try await app.writes.run(try await app.systemActor("cli")) { tx in
                let db = tx.db
                let ids = try await EntryStore.insert(candidates.map(\.stored), createdBy: 0, at: now, on: db, engine: engine)
                try await Audit.record(on: db, userID: nil, action: "import", entity: "entry", entityID: nil, unitID: target.id,
                                       before: Audit.None?.none, after: ["document": candidates[0].stored.provenance?.docId ?? "", "entries": "\(ids.count)"], at: now)
            }
            return lines + ["已写入\(candidates.count)条待确认台账。Written as pending entries; confirm them in the ledger."]
        }
    }
}
