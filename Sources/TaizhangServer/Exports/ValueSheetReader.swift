import Foundation
import TaizhangDocument
import TaizhangDomain

/// Aggregate values in DHIS2's dataValueSets shape, one value per row: dataElement
/// (indicator code or name), period (2024M06, 202406, 2024-06, 2024Q2, 2024S1/2024H1,
/// 2024), orgUnit (unit id, GB/T 2260 code or exact name), value, and optionally a
/// qualifier (余/多…) and a comment. Chinese headings work too (指标, 期间, 单位, 数值,
/// 限定词, 说明).
enum ValueSheetReader {
    struct Parsed {
        var values: [AggregateImport.Value] = []
        var problems: [DomainError] = []
        var ignoredColumns: [String] = []
    }

    static let columns: [String: String] = [
        "dataelement": "indicator", "indicator": "indicator", "指标": "indicator", "指标代码": "indicator",
        "period": "period", "期间": "period", "报告期": "period",
        "orgunit": "unit", "unit": "unit", "单位": "unit", "单位代码": "unit", "单位id": "unit",
        "value": "value", "数值": "value", "值": "value",
        "qualifier": "qualifier", "限定词": "qualifier",
        "comment": "comment", "说明": "comment", "备注": "comment",
    ]

    static func parse(_ sheet: [XlsxReader.Row], tree: UnitTree, catalog: Catalog) -> Parsed {
        var out = Parsed()
        guard let head = sheet.first else {
            out.problems.append(DomainError("import_empty", zh: "文件中没有表头和数据。", en: "The file has no header and no rows."))
            return out
        }
        let header = head.cells.map { $0.plain.trimmingCharacters(in: .whitespaces) }
        var col: [String: Int] = [:]
        for (i, h) in header.enumerated() where !h.isEmpty {
            if let k = columns[h.lowercased()] { col[k] = i } else { out.ignoredColumns.append(h) }
        }
        for (key, name) in [("indicator", "dataElement（指标）"), ("period", "period（期间）"), ("unit", "orgUnit（单位）"), ("value", "value（数值）")] where col[key] == nil {
            out.problems.append(DomainError("import_column", zh: "缺少“\(name)”列。", en: "The column \(name) is missing.", field: key))
        }
        guard out.problems.isEmpty else { return out }
        for r in sheet.dropFirst() where r.cells.contains(where: { $0 != .empty }) {
            let c = SheetCells(row: r.number, header: header, cells: r.cells)
            var problems: [DomainError] = []
            let indText = c.text(col["indicator"]) ?? ""
            let indicator = catalog[indText] ?? catalog.indicators.first { $0.name == indText || $0.synonyms.contains(indText) }
            if indicator == nil { problems.append(c.problem(header[col["indicator"]!], zh: "未知指标“\(indText)”。", en: "Unknown indicator “\(indText)”.")) }
            let periodText = c.text(col["period"]) ?? ""
            let period = Self.period(periodText)
            if period == nil { problems.append(c.problem(header[col["period"]!], zh: "无法识别的期间“\(periodText)”（应如2024M06、202406、2024Q2、2024H1）。", en: "“\(periodText)” is not a period.")) }
            let unitText = c.text(col["unit"]) ?? ""
            let unit = Int(unitText).flatMap { tree[$0] } ?? tree.unit(id: nil, code: unitText, name: unitText)
            if unit == nil { problems.append(c.problem(header[col["unit"]!], zh: "找不到单位“\(unitText)”。", en: "No unit “\(unitText)”.")) }
            let number = c.number(col["value"], problems: &problems)
            if number == nil && problems.isEmpty { problems.append(c.problem(header[col["value"]!], zh: "请填写数值。", en: "A value is required.")) }
            guard problems.isEmpty, let indicator, let period, let unit, let pair = number else { out.problems += problems; continue }
            let (n, q) = pair
            out.values.append(AggregateImport.Value(row: r.number, unitID: unit.id, period: period, indicator: indicator.code, value: n,
                                                    qualifier: c.text(col["qualifier"]) ?? q, comment: c.text(col["comment"])))
        }
        return out
    }

    /// Taizhang codes, and DHIS2's: 202406 (month), 2024S1 (half-year), 2024-06.
    static func period(_ raw: String) -> Period? {
        let s = raw.trimmingCharacters(in: .whitespaces).uppercased()
        if let p = Period(code: s) { return p }
        if s.count == 6, let y = Int(s.prefix(4)), let m = Int(s.suffix(2)), (1...12).contains(m) { return .month(y, m) }
        if s.count == 7, s.dropFirst(4).first == "-", let y = Int(s.prefix(4)), let m = Int(s.suffix(2)), (1...12).contains(m) { return .month(y, m) }
        if s.count == 6, s.dropFirst(4).first == "S", let y = Int(s.prefix(4)), let h = Int(s.suffix(1)), (1...2).contains(h) { return .half(y, h) }
        return nil
    }
}
