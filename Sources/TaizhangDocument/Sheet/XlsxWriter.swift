import Foundation
import TaizhangDomain

/// Writes tables as an .xlsx workbook (SpreadsheetML, ECMA-376), one sheet per table:
/// the header row bold and frozen, with a filter; numbers, dates and shares as typed
/// cells; text as inline strings, never formulas, so a cell starting with `=` stays text.
/// Assembled in memory with ZIPFoundation like the .docx, with a fixed timestamp, so
/// the same tables always give the same bytes.
public struct XlsxWriter: Sendable {
    /// The workbook's date (document properties and the timestamp of its parts).
    public var date: DocDate
    public var title: String
    public var author: String

    public init(date: DocDate, title: String = "", author: String = "Taizhang") {
        self.date = date; self.title = title; self.author = author
    }

    public func data(for tables: [SheetTable]) throws -> Data {
        try OOXML.package(parts(for: tables), date: date)
    }

    /// Every part as (path, XML), [Content_Types].xml first.
    public func parts(for tables: [SheetTable]) -> [(path: String, xml: String)] {
        let tables = tables.isEmpty ? [SheetTable(name: "Sheet1", columns: [], rows: [])] : tables
        let names = Self.sheetNames(tables.map(\.name))
        var out: [(String, String)] = [
            ("[Content_Types].xml", contentTypesXML(sheets: tables.count)),
            ("_rels/.rels", packageRelsXML()),
            ("docProps/core.xml", coreXML()),
            ("docProps/app.xml", appXML()),
            ("xl/workbook.xml", workbookXML(names)),
            ("xl/_rels/workbook.xml.rels", workbookRelsXML(sheets: tables.count)),
            ("xl/styles.xml", Self.stylesXML),
        ]
        for (i, t) in tables.enumerated() { out.append(("xl/worksheets/sheet\(i + 1).xml", sheetXML(t))) }
        return out
    }

    /// Names Excel accepts: at most 31 characters, none of `[]:*?/\`, not empty, unique
    /// (case-insensitively), a repeated name numbered "(2)".
    static func sheetNames(_ names: [String]) -> [String] {
        var used: Set<String> = [], out: [String] = []
        for (i, raw) in names.enumerated() {
            var base = String(raw.map { "[]:*?/\\".contains($0) ? "_" : $0 }).trimmingCharacters(in: CharacterSet(charactersIn: "' "))
            if base.isEmpty { base = "Sheet\(i + 1)" }
            var name = String(base.prefix(31)), n = 2
            while used.contains(name.lowercased()) {
                let suffix = "(\(n))"
                name = String(base.prefix(31 - suffix.count)) + suffix
                n += 1
            }
            used.insert(name.lowercased())
            out.append(name)
        }
        return out
    }

    /// "A", "Z", "AA" for 0, 25, 26.
    static func columnName(_ index: Int) -> String {
        var n = index + 1, s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }

    /// Excel's serial date (`ExcelSerial`).
    static func serial(_ d: DocDate) -> Int { ExcelSerial.serial(d.civil) }
}
