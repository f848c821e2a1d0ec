import Foundation
import TaizhangDocument
import TaizhangDomain

/// The ledger as a sheet: one row per entry with its id, version and unit (id, GB/T 2260
/// code, name), one column per indicator (`演出场次（场）[performances]`) and, where any
/// value has one, a column for its qualifier (`300余` → 300 and 余). The import reads the
/// same columns back, so an exported sheet edited in Excel can be imported again.
enum LedgerSheet {
    enum Column {
        static let id = "记录ID", version = "版本", unitID = "单位ID", unitCode = "单位代码", unitName = "单位"
        static let date = "日期", endDate = "结束日期", countsOn = "计入日期", category = "类别", title = "标题"
        static let narrative = "内容", place = "地点", planned = "计划内", source = "来源", pending = "待确认", confirmer = "确认人"
        static let fixed = [id, version, unitID, unitCode, unitName, date, endDate, countsOn, category, title, narrative, place,
                            planned, source, pending, confirmer]

        static func value(_ i: Indicator) -> String { "\(i.name)（\(i.measureWord)）[\(i.code)]" }
        static func qualifier(_ i: Indicator) -> String { "\(i.name)限定词 [\(i.code):qualifier]" }
    }

    static let sourceNames: [String: String] = ["typed": "手工填报", "imported": "文档导入", "api": "接口写入"]

    struct Entry {
        var model: EntryModel
        var values: [EntryValueModel]
    }

    /// `indicators`: the columns, in catalog order (those used by the entries, or every
    /// one for an empty template).
    static func table(_ entries: [Entry], tree: UnitTree, catalog: Catalog, name: String) -> SheetTable {
        let used = Set(entries.flatMap { $0.values.map(\.indicatorCode) })
        let indicators = catalog.indicators.filter { used.isEmpty || used.contains($0.code) }
        let qualified = Set(entries.flatMap { $0.values.filter { ($0.qualifier ?? "").isEmpty == false }.map(\.indicatorCode) })
        var columns = Column.fixed.map { SheetTable.Column($0) }
        columns[9].width = 30; columns[10].width = 40; columns[4].width = 20
        for i in indicators {
            columns.append(.init(Column.value(i), width: 14))
            if qualified.contains(i.code) { columns.append(.init(Column.qualifier(i), width: 10)) }
        }
        let rows: [[SheetValue]] = entries.map { e in
            let m = e.model, unit = tree[m.unitID]
            var row: [SheetValue] = [
                .number(Double(m.id ?? 0)), .number(Double(m.version)), .number(Double(m.unitID)), .optional(unit?.code),
                .optional(unit?.name), date(m.date), m.endDate.map(date) ?? .empty, date(m.countsOn),
                .text(EntryCategory(rawValue: m.category)?.chinese ?? m.category), .text(m.title), .optional(m.narrative.isEmpty ? nil : m.narrative),
                .optional(m.place), m.planned ? .text("是") : .empty, .text(sourceNames[m.source] ?? m.source),
                m.pending ? .text("是") : .empty, .optional(m.confirmer),
            ]
            let by = Dictionary(e.values.map { ($0.indicatorCode, $0) }, uniquingKeysWith: { a, _ in a })
            for i in indicators {
                let v = by[i.code]
                row.append(v.map { .number($0.value) } ?? .empty)
                if qualified.contains(i.code) { row.append(.optional(v?.qualifier)) }
            }
            return row
        }
        return SheetTable(name: name, columns: columns, rows: rows)
    }

    static func date(_ iso: String) -> SheetValue {
        CivilDate(iso: iso).map { .date(DocDate($0)) } ?? .text(iso)
    }
}
