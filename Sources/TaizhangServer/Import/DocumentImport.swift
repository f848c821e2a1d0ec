import Crypto
import Foundation
import TaizhangDomain
import TaizhangText

/// Turns the quantities the checker extracted from a summary into candidate ledger
/// entries: each quantity whose measure word and phrase match a catalog indicator
/// (names and synonyms) becomes one imported entry, pending a person's confirmation,
/// with the document id and character span it came from.
enum DocumentImport {
    struct Candidate: Sendable {
        var stored: StoredEntry
        var quantity: Quantity
        var indicator: Indicator
    }

    static func candidates(text: String, fileData: Data, fileName: String, report: DocumentReport,
                           catalog: Catalog, unitID: Int, period: Period) -> [Candidate] {
        let docID = fileName + "#" + SHA256.hash(data: fileData).prefix(8).map { String(format: "%02x", $0) }.joined()
        let lineStarts = Self.lineStarts(text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [Candidate] = []
        for q in report.quantities where q.change == nil {
            guard let (indicator, value) = match(q, catalog: catalog) else { continue }
            if indicator.valueType == .integer && value != value.rounded() { continue }
            let start = (q.line - 1 < lineStarts.count ? lineStarts[q.line - 1] : 0) + q.column - 1
            let line = q.line - 1 < lines.count ? String(lines[q.line - 1]) : q.text
            let title = q.subject.isEmpty ? indicator.name : String(q.subject.prefix(60))
            let entry = LedgerEntry(unitID: unitID, category: category(of: indicator), title: title,
                                    narrative: String(line.trimmingCharacters(in: .whitespaces).prefix(500)),
                                    date: period.start, endDate: period.end,
                                    values: [IndicatorValue(indicator: indicator.code, value: value, qualifier: q.qualifier)],
                                    source: .imported)
            out.append(Candidate(stored: StoredEntry(entry: entry, provenance: Provenance(docId: docID, spanStart: start, spanEnd: start + q.text.count), pending: true),
                                 quantity: q, indicator: indicator))
        }
        return out
    }

    /// The catalog indicator a quantity measures, and its value in the indicator's unit.
    /// "1.2万人次" matches an indicator counted in 人次 with value 12000; "500万元" one in 万元 with 500.
    static func match(_ q: Quantity, catalog: Catalog) -> (Indicator, Double)? {
        let phrase = q.subject + q.text
        if let i = catalog.match(phrase: phrase, measureWord: q.unit) { return (i, q.value) }
        for magnitude in ["万", "亿", "千"] where q.unit.hasPrefix(magnitude) {
            if let i = catalog.match(phrase: phrase, measureWord: String(q.unit.dropFirst())) { return (i, q.normalized) }
        }
        return nil
    }

    static func category(of i: Indicator) -> EntryCategory {
        switch i.group {
        case "宣传工作": .publicity
        case "文化市场管理": i.code == "inspections" || i.code == "venues_inspected" || i.code == "inspectors" ? .inspection : .enforcement
        case "队伍建设与培训": .training
        case "经费保障": .fund
        case "组织保障": .meeting
        default: .activity
        }
    }

    /// Character offset of each line start (lines split on "\n", as the checker counts them).
    static func lineStarts(_ text: String) -> [Int] {
        var starts = [0], offset = 0
        for ch in text {
            offset += 1
            if ch == "\n" || ch == "\r\n" { starts.append(offset) }
        }
        return starts
    }
}
