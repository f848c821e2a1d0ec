import TaizhangDocument
import TaizhangProcess

/// The circular's ranking (通报排名) as a sheet, in the circular's own columns.
enum CircularSheet {
    static func table(_ t: Circular.Table, title: String) -> SheetTable {
        var columns = [SheetTable.Column("单位ID")] + Circular.headers(rules: t.rules.publicity).map { SheetTable.Column($0) }
        columns[2].width = 24
        let rows: [[SheetValue]] = t.rows.map { r in
            [.number(Double(r.unitID)), .number(Double(r.rank)), .text(r.unitName), .number(Double(r.base))]
                + r.tierCounts.map { .number(Double($0)) } + [.number(Double(r.adoptionPoints)), .number(Double(r.total))]
        }
        return SheetTable(name: title, columns: columns, rows: rows)
    }
}
