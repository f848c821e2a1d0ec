import Foundation
import TaizhangDocument
import TaizhangDomain

/// Reads ledger rows back from a sheet in `LedgerSheet`'s columns (also the codes of the
/// API: `id`, `unit_id`, `title` …). Columns it does not know are listed, not guessed.
enum LedgerSheetReader {
    struct Parsed {
        var rows: [LedgerImport.Row] = []
        var problems: [DomainError] = []
        var ignoredColumns: [String] = []
    }

    static let aliases: [String: String] = [
        "id": LedgerSheet.Column.id, "version": LedgerSheet.Column.version, "unit_id": LedgerSheet.Column.unitID,
        "unit_code": LedgerSheet.Column.unitCode, "unit": LedgerSheet.Column.unitName, "date": LedgerSheet.Column.date,
        "end_date": LedgerSheet.Column.endDate, "category": LedgerSheet.Column.category, "title": LedgerSheet.Column.title,
        "narrative": LedgerSheet.Column.narrative, "place": LedgerSheet.Column.place, "planned": LedgerSheet.Column.planned,
        "confirmer": LedgerSheet.Column.confirmer, "单位名称": LedgerSheet.Column.unitName, "开始日期": LedgerSheet.Column.date,
    ]
    /// Written by the export, derived again on import.
    static let derived: Set<String> = [LedgerSheet.Column.countsOn, LedgerSheet.Column.source, LedgerSheet.Column.pending]

    /// `defaultUnit`: the unit of rows that name none (the ledger the file is imported into).
    static func parse(_ sheet: [XlsxReader.Row], defaultUnit: Int?, tree: UnitTree, catalog: Catalog) -> Parsed {
        var out = Parsed()
        guard let head = sheet.first else {
            out.problems.append(DomainError("import_empty", zh: "文件中没有表头和数据。", en: "The file has no header and no rows."))
            return out
        }
        let header = head.cells.map { $0.plain.trimmingCharacters(in: .whitespaces) }
        var fixed: [String: Int] = [:], values: [(Int, Indicator)] = [], qualifiers: [String: Int] = [:]
        for (i, title) in header.enumerated() where !title.isEmpty {
            let name = aliases[title.lowercased()] ?? title
            if LedgerSheet.Column.fixed.contains(name) && !derived.contains(name) { fixed[name] = i; continue }
            if derived.contains(name) { continue }
            if let code = bracketed(title) {
                if code.hasSuffix(":qualifier"), catalog[String(code.dropLast(10))] != nil { qualifiers[String(code.dropLast(10))] = i; continue }
                if let ind = catalog[code] { values.append((i, ind)); continue }
            }
            if let ind = catalog.indicators.first(where: { $0.name == title || $0.code == title || $0.synonyms.contains(title) }) {
                values.append((i, ind)); continue
            }
            out.ignoredColumns.append(title)
        }
        for missing in [LedgerSheet.Column.date, LedgerSheet.Column.title] where fixed[missing] == nil {
            out.problems.append(DomainError("import_column", zh: "缺少“\(missing)”列。", en: "The column “\(missing)” is missing.", field: missing))
        }
        guard out.problems.isEmpty else { return out }
        for r in sheet.dropFirst() where r.cells.contains(where: { $0 != .empty }) {
            let c = SheetCells(row: r.number, header: header, cells: r.cells)
            var problems: [DomainError] = []
            let id = c.integer(fixed[LedgerSheet.Column.id], problems: &problems)
            let version = c.integer(fixed[LedgerSheet.Column.version], problems: &problems)
            let unitID = c.integer(fixed[LedgerSheet.Column.unitID], problems: &problems)
            let unitCode = c.text(fixed[LedgerSheet.Column.unitCode]), unitName = c.text(fixed[LedgerSheet.Column.unitName])
            let unit = unitID == nil && unitCode == nil && unitName == nil ? defaultUnit.flatMap { tree[$0] } : tree.unit(id: unitID, code: unitCode, name: unitName)
            if unit == nil {
                problems.append(c.problem(LedgerSheet.Column.unitName, zh: "找不到单位（\([unitID.map(String.init), unitCode, unitName].compactMap { $0 }.joined(separator: "、"))）。",
                                          en: "No such unit."))
            }
            let date = c.date(fixed[LedgerSheet.Column.date], problems: &problems)
            if date == nil && problems.isEmpty { problems.append(c.problem(LedgerSheet.Column.date, zh: "请填写日期。", en: "A date is required.")) }
            let end = c.date(fixed[LedgerSheet.Column.endDate], problems: &problems)
            let categoryText = c.text(fixed[LedgerSheet.Column.category]) ?? "活动"
            let category = EntryCategory(rawValue: categoryText) ?? EntryCategory.allCases.first { $0.chinese == categoryText }
            if category == nil {
                problems.append(c.problem(LedgerSheet.Column.category, zh: "类别“\(categoryText)”不在\(EntryCategory.allCases.map(\.chinese).joined(separator: "、"))之中。",
                                          en: "Unknown category “\(categoryText)”."))
            }
            var inputs: [IndicatorValue] = []
            for (col, ind) in values {
                guard let pair = c.number(col, problems: &problems) else { continue }
                let (n, q) = pair
                let qualifier = c.text(qualifiers[ind.code]) ?? q
                inputs.append(IndicatorValue(indicator: ind.code, value: n, qualifier: qualifier))
            }
            guard problems.isEmpty, let unit, let date, let category else { out.problems += problems; continue }
            let input = Ledger.EntryInput(unitId: unit.id, category: category, title: c.text(fixed[LedgerSheet.Column.title]) ?? "",
                                          narrative: c.text(fixed[LedgerSheet.Column.narrative]), place: c.text(fixed[LedgerSheet.Column.place]),
                                          date: date, endDate: end, values: inputs, planned: c.yes(fixed[LedgerSheet.Column.planned]),
                                          confirmer: c.text(fixed[LedgerSheet.Column.confirmer]), version: version)
            out.rows.append(LedgerImport.Row(number: r.number, id: id, input: input))
        }
        return out
    }

    /// "演出场次（场）[performances]" → "performances".
    static func bracketed(_ title: String) -> String? {
        guard title.hasSuffix("]"), let open = title.lastIndex(of: "[") else { return nil }
        return String(title[title.index(after: open)..<title.index(before: title.endIndex)]).trimmingCharacters(in: .whitespaces)
    }
}
