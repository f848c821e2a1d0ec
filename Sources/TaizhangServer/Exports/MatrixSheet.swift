import TaizhangDocument
import TaizhangDomain

/// The reporting-rate matrix as a sheet: a row per unit (id, code, name), a column per
/// period with the cell's status (`Timeliness.chinese`: 按时 / 迟报 / 漏报 / 未到期) and the submission date,
/// then the unit's expected, submitted and on-time counts and rates; a last row of totals.
enum MatrixSheet {
    static func table(_ m: ReportingMatrix, plan: ReportingPlan, tree: UnitTree) -> SheetTable {
        var columns: [SheetTable.Column] = [.init("单位ID"), .init("单位代码"), .init("单位", width: 24)]
        columns += m.periods.map { .init($0.chineseLabel, width: 16) }
        columns += [.init("应报"), .init("已报"), .init("按时"), .init("报送率"), .init("按时率")]
        func stats(_ s: ReportingMatrix.Stats) -> [SheetValue] {
            [.number(Double(s.expected)), .number(Double(s.actual)), .number(Double(s.onTime)),
             s.reportingRate.map(SheetValue.percent) ?? .empty, s.onTimeRate.map(SheetValue.percent) ?? .empty]
        }
        var rows: [[SheetValue]] = m.rows.map { r in
            [.number(Double(r.unitID)), .optional(tree[r.unitID]?.code), .text(r.unitName)]
                + r.cells.map { c in
                    let day = c.submittedAt.map { CivilDate($0).iso } ?? ""
                    return .text(day.isEmpty ? c.status.chinese : "\(c.status.chinese) \(day)")
                }
                + stats(r.stats)
        }
        let totals: [SheetValue] = m.columns.map { s in .text("\(s.actual)/\(s.expected)") }
        rows.append([.empty, .empty, .text("合计")] + totals + stats(m.total))
        return SheetTable(name: plan.name, columns: columns, rows: rows)
    }
}
