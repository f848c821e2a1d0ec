import Fluent
import Foundation
import TaizhangDomain
import TaizhangSummary

extension TaizhangCLI {
    /// `taizhang report`: drafts a unit's summary from the ledger and writes it as .docx,
    /// Markdown, HTML or text. Returns the lines to print.
    public static func report(config: AppConfig, unit: String, period rawPeriod: String, format rawFormat: String,
                              output: String, subtree: Bool) async throws -> [String] {
        guard let period = Period(code: rawPeriod), period.kind != .month else {
            throw CLIError("期间代码无效：\(rawPeriod)（总结按季度、半年或年度，例：2024H1）。Invalid period (e.g. 2024H1, 2024Q2, 2024).")
        }
        guard let format = SummaryService.Format(rawValue: rawFormat) else {
            throw CLIError("格式须为 docx、md、html 或 txt。Format must be docx, md, html or txt.")
        }
        return try await withApp(config) { app in
            let tree = try await app.unitDirectory.tree(on: app.db)
            let all = tree.roots.flatMap { tree.subtree(of: $0) }
            guard let target = all.first(where: { $0.code == unit || String($0.id) == unit || $0.name == unit }) else {
                throw CLIError("未找到单位“\(unit)”（可用 taizhang units 查看编号和代码）。Unit not found.")
            }
            let loader = SummarySourceLoader(db: app.db, tree: tree, catalog: try await app.catalogCache.catalog(on: app.db),
                                             now: app.dependencies.clock.now())
            let units = subtree ? tree.subtree(of: target.id).map(\.id) : [target.id]
            let document = try await SummaryService.draft(unit: target, period: period, units: units, subtree: subtree, loader: loader)
            let file = try SummaryService.export(document, as: format)
            try Data(file.data).write(to: URL(fileURLWithPath: output))
            let findings = SummaryCheck.run(document).findings.count
            let plans = try await PlanModel.active(on: app.db)
            let style = StyleCheck.run(document, context: StyleContext(
                period: period, catalog: try await app.catalogCache.catalog(on: app.db),
                dueDate: SummaryDate.due(period: period, unit: target, plans: plans))).count
            return ["已生成《\(document.title)》→ \(output)（\(file.data.count)字节，\(document.numbers.count)个可溯源数字，体检问题\(findings)处，文风问题\(style)处）。",
                    "Wrote \(output): \(document.numbers.count) traced numbers, \(findings) checker findings, \(style) style findings."]
        }
    }
}
