import Foundation
import ZIPFoundation

/// Reads the first worksheet of an .xlsx as rows of cell texts (shared strings, inline
/// strings, numbers as written; dates stay Excel serial numbers for the caller to read).
/// For tabular imports (a service centre's cases exported from the approval system).
///
/// Defences as for .docx: each entry is inflated with a size limit, and XML with a
/// DOCTYPE or entity declaration is refused.
public enum XlsxReader {
    public static let defaultInflateLimit = 256 * 1_048_576

    public struct Failure: Error, Sendable { public var zh: String; public var en: String }
    private struct TooLarge: Error {}

    public static func rows(_ data: Data, inflateLimit: Int = defaultInflateLimit) throws -> [[String]] {
        guard let archive = try? Archive(data: data, accessMode: .read) else {
            throw Failure(zh: "不是有效的 .xlsx 文件。", en: "Not a valid .xlsx file.")
        }
        func read(_ path: String) throws -> [UInt8]? {
            guard let entry = archive[path] else { return nil }
            var out: [UInt8] = []
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    if out.count + chunk.count > inflateLimit { throw TooLarge() }
                    out.append(contentsOf: chunk)
                }
            } catch is TooLarge {
                throw Failure(zh: "表格解压后过大。", en: "The sheet is too large once inflated.")
            } catch {
                throw Failure(zh: "表格无法解压。", en: "The sheet cannot be inflated.")
            }
            if XMLScan.hasDeclarations(out) { throw Failure(zh: "表格含有不允许的 XML 声明。", en: "The sheet has forbidden XML declarations.") }
            return out
        }
        guard let sheet = try read("xl/worksheets/sheet1.xml") else {
            throw Failure(zh: "找不到第一个工作表。", en: "The first worksheet is missing.")
        }
        let shared = try read("xl/sharedStrings.xml").map(XMLScan.sharedStrings) ?? []
        return XMLScan.sheetRows(sheet, shared: shared)
    }
}

/// Just enough XML scanning for SpreadsheetML: `<si>` strings and `<row>/<c>/<v|is>` cells.
enum XMLScan {
    static func hasDeclarations(_ xml: [UInt8]) -> Bool {
        let text = String(decoding: xml.prefix(4096), as: UTF8.self)
        return text.contains("<!DOCTYPE") || text.contains("<!ENTITY")
    }

    /// The texts of `<si>` items, rich-text runs joined.
    static func sharedStrings(_ xml: [UInt8]) -> [String] {
        let s = String(decoding: xml, as: UTF8.self)
        return s.components(separatedBy: "<si>").dropFirst().map { item in
            let body = item.components(separatedBy: "</si>")[0]
            return texts(in: body).joined()
        }
    }

    /// Every `<t …>text</t>` in order, unescaped.
    static func texts(in body: String) -> [String] {
        body.components(separatedBy: "<t").dropFirst().compactMap { part in
            // Only <t> and <t attr…>, not other tags beginning with t.
            guard let first = part.first, first == ">" || first == " " || first == "/",
                  let close = part.firstIndex(of: ">") else { return nil }
            if part[..<close].hasSuffix("/") { return "" }
            let rest = part[part.index(after: close)...]
            guard let end = rest.range(of: "</t>") else { return nil }
            return unescape(String(rest[..<end.lowerBound]))
        }
    }

    static func sheetRows(_ xml: [UInt8], shared: [String]) -> [[String]] {
        let s = String(decoding: xml, as: UTF8.self)
        var rows: [[String]] = []
        for rowText in s.components(separatedBy: "<row").dropFirst() {
            var row: [String] = []
            for cell in rowText.components(separatedBy: "</row>")[0].components(separatedBy: "<c").dropFirst() {
                guard let headEnd = cell.firstIndex(of: ">") else { continue }
                let head = String(cell[..<headEnd])
                let column = attribute("r", head).map(columnIndex) ?? row.count
                while row.count < column { row.append("") }
                let body = String(cell[cell.index(after: headEnd)...])
                let type = attribute("t", head)
                var value = ""
                if type == "inlineStr" { value = texts(in: body).joined() }
                else if let v = between(body, "<v>", "</v>") {
                    value = type == "s" ? (Int(v).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? "") : unescape(v)
                }
                if row.count == column { row.append(value) } else { row[column] = value }
            }
            rows.append(row)
        }
        return rows
    }

    static func attribute(_ name: String, _ head: String) -> String? {
        guard let r = head.range(of: " \(name)=\"") else { return nil }
        return head[r.upperBound...].split(separator: "\"", maxSplits: 1).first.map(String.init)
    }

    static func between(_ s: String, _ open: String, _ close: String) -> String? {
        guard let a = s.range(of: open), let b = s.range(of: close, range: a.upperBound..<s.endIndex) else { return nil }
        return String(s[a.upperBound..<b.lowerBound])
    }

    /// "C12" → 2 (A = 0).
    static func columnIndex(_ ref: String) -> Int {
        ref.unicodeScalars.prefix { $0.properties.isAlphabetic }.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
    }

    static func unescape(_ s: String) -> String {
        guard s.contains("&") else { return s }
        return s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
