import Foundation
import TaizhangDocument
import TaizhangDomain

/// Reading typed values out of imported cells, each failure a message naming the row
/// and column in Chinese (and English), as an office worker fixing the file needs it.
struct SheetCells {
    let row: Int
    let header: [String]
    let cells: [SheetValue]

    func problem(_ column: String?, zh: String, en: String) -> DomainError {
        let place = "第\(row)行" + (column.map { "“\($0)”列" } ?? "")
        return DomainError("import_row", zh: "\(place)：\(zh)", en: "Row \(row)\(column.map { ", column “\($0)”" } ?? ""): \(en)",
                           field: "rows[\(row)]" + (column.map { ".\($0)" } ?? ""))
    }

    func value(_ column: Int?) -> SheetValue {
        guard let c = column, cells.indices.contains(c) else { return .empty }
        if case .text(let s) = cells[c] {
            let t = CSVTable.restored(s.trimmingCharacters(in: .whitespacesAndNewlines))
            return t.isEmpty ? .empty : .text(t)
        }
        return cells[c]
    }

    func text(_ column: Int?) -> String? {
        let v = value(column)
        return v == .empty ? nil : v.plain
    }

    /// A date cell, or text as 2024-06-30, 2024/6/30, 2024.6.30 or 2024年6月30日.
    func date(_ column: Int?, problems: inout [DomainError]) -> CivilDate? {
        switch value(column) {
        case .empty: return nil
        case .date(let d): return d.civil
        case let v:
            if let d = Self.parseDate(v.plain) { return d }
            problems.append(problem(column.map { header[$0] }, zh: "无法识别的日期“\(v.plain)”（应如2024-06-30）。",
                                    en: "“\(v.plain)” is not a date (e.g. 2024-06-30)."))
            return nil
        }
    }

    static func parseDate(_ raw: String) -> CivilDate? {
        let parts = raw.replacingOccurrences(of: "日", with: "").split(whereSeparator: { "-/.年月".contains($0) })
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1900...2999).contains(y), (1...12).contains(m), (1...CivilDate.daysIn(year: y, month: m)).contains(d) else { return nil }
        return CivilDate(y, m, d)
    }

    /// A number cell, or text as "1,234", "300余" (the trailing 余/多/近/约… becomes the
    /// qualifier, at most two characters).
    func number(_ column: Int?, problems: inout [DomainError]) -> (Double, String?)? {
        switch value(column) {
        case .empty: return nil
        case .number(let n): return (n, nil)
        case let v:
            let s = v.plain.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "，", with: "")
            let digits = s.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }
            let rest = s.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
            if let n = Double(digits), rest.count <= 2, !rest.contains(where: \.isNumber) { return (n, rest.isEmpty ? nil : rest) }
            problems.append(problem(column.map { header[$0] }, zh: "“\(v.plain)”不是数值。", en: "“\(v.plain)” is not a number."))
            return nil
        }
    }

    func integer(_ column: Int?, problems: inout [DomainError]) -> Int? {
        guard let pair = number(column, problems: &problems) else { return nil }
        let (n, q) = pair
        guard q == nil, n == n.rounded(), abs(n) < 1e12 else {
            problems.append(problem(column.map { header[$0] }, zh: "须为整数。", en: "must be a whole number."))
            return nil
        }
        return Int(n)
    }

    func yes(_ column: Int?) -> Bool {
        ["是", "y", "yes", "true", "1", "√", "✓"].contains((text(column) ?? "").lowercased())
    }
}

/// Finding the unit a row names: by id, by GB/T 2260 code, or by exact name.
extension UnitTree {
    func unit(id: Int?, code: String?, name: String?) -> DomainUnit? {
        if let id { return self[id] }
        if let code, let u = byID.values.first(where: { $0.code == code }) { return u }
        if let name {
            let matches = byID.values.filter { $0.name == name }
            return matches.count == 1 ? matches[0] : nil
        }
        return nil
    }
}
