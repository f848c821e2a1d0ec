import Fluent
import Foundation
import TaizhangDomain
import TaizhangProcess

extension TaizhangCLI {
    /// `taizhang score`: computes and stores the publicity scores (SPEC §4.6) of a window for
    /// every creation under the unit (default: the whole tree), and returns the ranked table
    /// with each unit's breakdown; with a document format, also writes the circular (通报).
    public static func score(config: AppConfig, window: String, unit: String?, format: String, output: String?) async throws -> [String] {
        let export = format == "text" ? nil : SummaryService.Format(rawValue: format)
        guard format == "text" || (export != nil && export != .txt) else {
            throw CLIError("格式须为 text、docx、md 或 html。Format must be text, docx, md or html.")
        }
        if export != nil && output == nil { throw CLIError("请用 --output 指定通报文件。Give --output for the circular.") }
        return try await withApp(config) { app in
            let tree = try await app.unitDirectory.tree(on: app.db)
            guard let root = unit.map({ find($0, in: tree) }) ?? tree.roots.first.flatMap({ tree[$0] }) else {
                throw CLIError("未找到单位“\(unit ?? "")”（可用 taizhang units 查看编号和代码）。Unit not found.")
            }
            let units = tree.subtree(of: root.id).map(\.id), now = app.dependencies.clock.now()
            try await app.writes.run(Actor.system("cli", tree: tree)) { tx in
                let db = tx.db
                let store = ProcessStore(db: db)
                let rules = try await store.rules()
                var scores: [PublicityScore] = []
                for c in try await store.creations(units) { scores += try await PublicityService.score(c, window: window, store: store, rules: rules, now: now) }
                guard !scores.isEmpty else {
                    throw CLIError("\(root.name)下没有\(window)可评分的示范区（项目）（示范区按半年如2024H1，示范项目按创建周期如2024-2025）。Nothing to score.")
                }
                try await PublicityService.save(scores, action: "compute", userID: nil, at: now, on: db)
            }
            let table = try await PublicityService.circular(units: units, window: window, tree: tree, store: ProcessStore(db: app.db))
            var lines = [Circular.headers(rules: table.rules.publicity).joined(separator: "\t")]
            for (row, s) in zip(table.rows, table.scores) {
                lines.append(([String(row.rank), row.unitName, String(row.base)] + row.tierCounts.map(String.init) + [String(row.adoptionPoints), String(row.total)])
                    .joined(separator: "\t"))
                lines.append("    " + CircularDocument.breakdown(s))
            }
            if let export, let output {
                let document = CircularDocument.make(table, signature: root.name, date: CivilDate(now))
                let file = try SummaryService.export(document, as: export)
                try Data(file.data).write(to: URL(fileURLWithPath: output))
                lines.append("已生成《\(document.title)》→ \(output)。Wrote the circular to \(output).")
            }
            return lines
        }
    }

    /// A unit by id, GB/T 2260 code or name.
    static func find(_ key: String, in tree: UnitTree) -> DomainUnit? {
        tree.roots.flatMap { tree.subtree(of: $0) }.first { u in u.code == key || String(u.id) == key || u.name == key }
    }
}
