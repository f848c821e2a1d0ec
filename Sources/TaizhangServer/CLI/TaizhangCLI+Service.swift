import Fluent
import Foundation
import TaizhangDomain
import TaizhangService
import TaizhangText

extension TaizhangCLI {
    /// `taizhang service import`: a CSV or XLSX of cases into a centre, all or nothing
    /// (every bad row listed in Chinese and English, nothing written).
    public static func serviceImport(config: AppConfig, centre key: String, file: String) async throws -> [String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        return try await withApp(config) { app in
            let centre = try serviceCentre(key, in: try await app.unitDirectory.tree(on: app.db))
            let table: [[String]]
            if file.lowercased().hasSuffix(".xlsx") {
                do { table = try XlsxReader.rows(data) } catch let e as XlsxReader.Failure { throw CLIError("\(e.zh) \(e.en)") }
            } else {
                guard let text = try? TextDecoder.decode([UInt8](data), path: file).text else { throw CLIError("CSV文件须为UTF-8或GB18030编码。The CSV must be UTF-8 or GB18030.") }
                table = CSVTable.rows(text)
            }
            let store = ServiceStore(db: app.db)
            let staff = try await store.staff(centre.id)
            let directory = Dictionary(staff.map { ($0.workNumber, $0.id) } + staff.map { ($0.name, $0.id) }, uniquingKeysWith: { a, _ in a })
            let now = app.dependencies.clock.now()
            let rows: [CaseRow]
            switch CaseRow.from(table: table) {
            case .success(let r): rows = r
            case .failure(let p): throw CLIError("导入未执行：\(p.message) Nothing imported: line \(p.line): \(p.en)")
            }
            switch CaseImport(items: try await store.items(centre.id), staff: directory, now: now).convert(rows) {
            case .failure(let problems):
                throw CLIError((["导入未执行（共\(problems.list.count)处问题）。Nothing imported (\(problems.list.count) problems):"]
                                + problems.list.map { "  \($0.message) / line \($0.line): \($0.en)" }).joined(separator: "\n"))
            case .success(let cases):
                let tree = try await app.unitDirectory.tree(on: app.db)
                let o = try await app.writes.run(Actor.system("cli", tree: tree)) { tx in
                    let o = try await ServiceCaseWriter.store(cases, centre: centre.id, at: tx.now, on: tx.db, engine: tx.engine)
                    try await tx.audit("import", entity: "service_cases", id: nil, unit: centre.id,
                                       changes: [FieldChange(field: "inserted", old: nil, new: String(o.inserted)),
                                                 FieldChange(field: "updated", old: nil, new: String(o.updated))])
                    return o
                }
                return ["\(centre.name)：新增\(o.inserted)件，更新\(o.updated)件，未变\(o.unchanged)件。Inserted \(o.inserted), updated \(o.updated), unchanged \(o.unchanged)."]
            }
        }
    }

    /// `taizhang service rates`: every case's status and the period's rates per department
    /// and window, each rate with its definition.
    public static func serviceRates(config: AppConfig, centre key: String, period code: String) async throws -> [String] {
        guard let period = Period(code: code) else { throw CLIError("期间代码无效（例：2026H1）。Invalid period code (e.g. 2026H1).") }
        return try await withApp(config) { app in
            let tree = try await app.unitDirectory.tree(on: app.db)
            let centre = try serviceCentre(key, in: tree)
            let store = ServiceStore(db: app.db)
            let rules = try await store.rules(), today = CivilDate(app.dependencies.clock.now())
            let cases = try await store.cases(centre.id)
            let evaluator = CaseEvaluator(rules: rules.cases, table: WorkingDayTable(HolidayCalendar.current, from: CivilDate(today.year - 3, 1, 1),
                                                                                      through: CivilDate(today.year + 1, 12, 31)))
            let table = RateTable.compute(cases, cases.map { evaluator.evaluate($0, asOf: today) }, period: period, asOf: today)
            let windows = Dictionary(try await store.windows(centre.id).map { ($0.id, $0.label) }, uniquingKeysWith: { a, _ in a })
            func line(_ name: String, _ c: RateCounts) -> String {
                ([name, "受理\(c.accepted)", "办结\(c.completed)", "异常\(c.abnormal)", "在办\(c.open)（黄牌\(c.yellow)，红牌\(c.red)）"]
                 + c.figures(rules).map { "\($0.definition.zh)\($0.percent.map { String(format: "%.2f%%", $0) } ?? "—")" }).joined(separator: "\t")
            }
            var lines = ["\(centre.name) \(period.chineseLabel)（截至\(table.cutoff.chinese)）", line("合计", table.total)]
            for d in tree.children(of: centre.id) { lines.append(line(d.name, table.byDepartment[d.id] ?? RateCounts())) }
            for (id, label) in windows.sorted(by: { $0.value < $1.value }) { lines.append(line("  " + label, table.byWindow[id] ?? RateCounts())) }
            lines += rules.rates.map { "口径 \($0.zh)：\($0.definitionZh)" }
            return lines
        }
    }

    static func serviceCentre(_ key: String, in tree: UnitTree) throws -> DomainUnit {
        guard let unit = find(key, in: tree), unit.kind == .serviceCenter else {
            throw CLIError("未找到政务服务中心“\(key)”（可用 taizhang units 查看编号）。Service centre not found.")
        }
        return unit
    }
}
