import Foundation
import TaizhangDomain

extension TaizhangCLI {
    /// `taizhang service import`: a CSV or XLSX of cases into a centre, all or nothing
    /// (every bad row listed in Chinese and English, nothing written) — `ServiceImports`,
    /// the same use case as the API and the board page.
    public static func serviceImport(config: AppConfig, centre key: String, file: String) async throws -> [String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        return try await withServiceContext(config, centre: key) { ctx, centre in
            let o = try await cliErrors { try await ServiceImports.importFile(centre: centre.id, data: data, name: file, in: ctx) }
            return ["\(centre.name)：新增\(o.inserted)件，更新\(o.updated)件，未变\(o.unchanged)件。Inserted \(o.inserted), updated \(o.updated), unchanged \(o.unchanged)."]
        }
    }

    /// `taizhang service rates`: the period's rates per department and window, each with its
    /// definition — `ServiceRates.rates`, what the board page shows.
    public static func serviceRates(config: AppConfig, centre key: String, period code: String) async throws -> [String] {
        guard let period = Period(code: code) else { throw CLIError("期间代码无效（例：2026H1）。Invalid period code (e.g. 2026H1).") }
        return try await withServiceContext(config, centre: key) { ctx, centre in
            let r = try await cliErrors { try await ServiceRates.rates(centre: centre.id, period: period, in: ctx) }
            func line(_ name: String, _ g: ServiceRates.GroupRates) -> String {
                ([name, "受理\(g.accepted)", "办结\(g.completed)", "异常\(g.abnormal)", "在办\(g.open)（黄牌\(g.yellow)，红牌\(g.red)）"]
                 + g.rates.map { "\($0.name)\($0.percent.map { String(format: "%.2f%%", $0) } ?? "—")" }).joined(separator: "\t")
            }
            return ["\(centre.name) \(period.chineseLabel)（截至\(r.cutoff.chinese)）", line("合计", r.total)]
                + r.departments.map { line($0.name, $0) } + r.windows.map { line("  " + $0.name, $0) }
                + r.total.rates.map { "口径 \($0.name)：\($0.definition)" }
        }
    }

    static func serviceCentre(_ key: String, in tree: UnitTree) throws -> DomainUnit {
        guard let unit = find(key, in: tree), unit.kind == .serviceCenter else {
            throw CLIError("未找到政务服务中心“\(key)”（可用 taizhang units 查看编号）。Service centre not found.")
        }
        return unit
    }

    /// A use case's refusal as the command line shows it: the message, then every detail.
    static func cliErrors<T>(_ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch let e as AppError {
            throw CLIError(([e.description] + e.details.map { "  \($0.zh) / \($0.en)" }).joined(separator: "\n"))
        }
    }
}
