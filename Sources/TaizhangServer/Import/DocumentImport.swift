import Crypto
import Foundation
import TaizhangDomain
import TaizhangSummary
import TaizhangText

/// Turns the quantities the checker extracted from a summary into candidate ledger
/// entries, pending a person's confirmation, with the document id and character span
/// they came from. Which figures qualify is decided by the pure import preview
/// (`ImportPreviewBuilder`): one entry per total (its 其中 parts go into the narrative,
/// never into entries of their own), no running totals, only recognised indicators.
enum DocumentImport {
    struct Candidate: Sendable {
        var stored: StoredEntry
        var quantity: Quantity
        var indicator: Indicator
    }

    /// The preview shown before anything is written (API and page).
    static func preview(text: String, report: DocumentReport, catalog: Catalog, period: Period?,
                        existing: [String: Double] = [:]) -> ImportPreview {
        ImportPreviewBuilder.build(text: text, report: report, catalog: catalog, period: period, existing: existing)
    }

    static func candidates(text: String, fileData: Data, fileName: String, report: DocumentReport,
                           catalog: Catalog, unitID: Int, period: Period) -> [Candidate] {
        let docID = fileName + "#" + SHA256.hash(data: fileData).prefix(8).map { String(format: "%02x", $0) }.joined()
        let lineStarts = Self.lineStarts(text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let preview = self.preview(text: text, report: report, catalog: catalog, period: period)
        var out: [Candidate] = []
        for c in preview.importable {
            guard let code = c.indicatorCode, let indicator = catalog[code],
                  let q = report.quantities.first(where: { $0.line == c.span.line && $0.column == c.span.column }) else { continue }
            let start = (q.line - 1 < lineStarts.count ? lineStarts[q.line - 1] : 0) + q.column - 1
            let line = q.line - 1 < lines.count ? String(lines[q.line - 1]) : q.text
            let parts = c.parts.isEmpty ? "" : "\n其中:" + c.parts.map(\.title).joined(separator: "、")
            let entry = LedgerEntry(unitID: unitID, category: category(of: indicator), title: String(c.title.prefix(60)),
                                    narrative: String((line.trimmingCharacters(in: .whitespaces) + parts).prefix(500)),
                                    date: period.start, endDate: period.end,
                                    values: [IndicatorValue(indicator: indicator.code, value: c.value, qualifier: q.qualifier)],
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
