import Foundation
import TaizhangDomain
import TaizhangService

extension TaizhangCLI {
    /// `taizhang service ratings`: a month's 满意率 per department and window, the window
    /// ranking and the windows summoned for a talk (约谈) — what the ratings page shows.
    public static func serviceRatings(config: AppConfig, centre key: String, month code: String) async throws -> [String] {
        guard let month = Period(code: code), month.kind == .month else { throw CLIError("请指定月份（例：2026M06）。Give a month (e.g. 2026M06).") }
        return try await withServiceContext(config, centre: key) { ctx, centre in
            let v = try await cliErrors { try await ServiceSatisfaction.satisfaction(centre: centre.id, month: month, in: ctx) }
            func line(_ r: ServiceSatisfaction.Row, _ name: String) -> String {
                [name, "评价\(r.counted)", "满意\(r.satisfied)", "差评\(r.bad)",
                 "满意率" + (r.rate.map { String(format: "%.2f%%", $0) } ?? "—"), r.rank.map { "第\($0)名" } ?? "",
                 r.summoned ? "约谈" : ""].filter { !$0.isEmpty }.joined(separator: "\t")
            }
            var lines = ["\(centre.name) \(v.label) 好差评", line(v.total, "合计")]
            lines += v.departments.map { line($0, $0.name) } + v.windows.map { line($0, "  " + $0.name) }
            lines.append(v.summoned.isEmpty ? "本月无约谈窗口。No window summoned." : "约谈：" + v.summoned.joined(separator: "、"))
            return lines
        }
    }

    /// `taizhang service stars`: the quarter's 服务明星 (the published election, else the one
    /// computed now) with each member's score; with `output`, the circular (.docx).
    public static func serviceStars(config: AppConfig, centre key: String, period code: String, output: String?) async throws -> [String] {
        guard let period = Period(code: code) else { throw CLIError("期间代码无效（例：2026Q2）。Invalid period code (e.g. 2026Q2).") }
        return try await withServiceContext(config, centre: key) { ctx, centre in
            let v = try await cliErrors { try await ServiceAppraisal.stars(centre: centre.id, period: period, in: ctx) }
            var lines = ["\(centre.name) \(period.chineseLabel) 服务明星（名额\(v.election.quota)，\(v.published ? "已发布" : "未发布，按当前数据计算")）"]
            for row in v.election.rows {
                lines.append([row.rank.map { "第\($0)名" } ?? "不参评", v.names[String(row.staffID)] ?? "#\(row.staffID)",
                              String(format: "%.1f分", row.score), row.elected ? "当选" : ""].filter { !$0.isEmpty }.joined(separator: "\t"))
            }
            if let output {
                let c = try await cliErrors { try await ServiceAppraisal.circular(centre: centre.id, period: period, in: ctx) }
                try Data(try SummaryService.export(c.document, as: .docx).data).write(to: URL(fileURLWithPath: output))
                lines.append("已生成《\(c.name)》→ \(output)。Wrote the circular to \(output).")
            }
            return lines
        }
    }

    /// The CLI reads as the centre's supervisor: a system actor with that grant only.
    static func withServiceContext<T: Sendable>(_ config: AppConfig, centre key: String,
                                                _ body: @escaping @Sendable (ServiceContext, DomainUnit) async throws -> T) async throws -> T {
        try await withApp(config) { app in
            let tree = try await app.unitDirectory.tree(on: app.db)
            let centre = try serviceCentre(key, in: tree)
            let actor = Actor.system("cli", tree: tree, grants: [RoleGrant(unitID: centre.id, role: .supervisor)])
            return try await body(ServiceContext(actor: actor, writes: app.writes, caseCache: app.serviceCases), centre)
        }
    }
}
