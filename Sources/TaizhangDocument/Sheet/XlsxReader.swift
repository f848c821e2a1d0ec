import Foundation
import ZIPFoundation

/// Reads the cells of an .xlsx workbook (what Excel, WPS and LibreOffice save) for an
/// import: each sheet's rows with their row numbers (for messages like "第3行"), cells
/// typed as text, number or date (a number whose style is a date format).
public enum XlsxReader {
    public struct Row: Sendable, Equatable {
        /// 1-based, as the spreadsheet shows it.
        public var number: Int
        public var cells: [SheetValue]
        public init(number: Int, cells: [SheetValue]) { self.number = number; self.cells = cells }
    }
    public struct Sheet: Sendable, Equatable {
        public var name: String
        public var rows: [Row]
    }

    public enum Failure: Error, Equatable, Sendable {
        case notAWorkbook
        case tooLarge
        case malformed(String)
    }

    /// A workbook unpacks to at most this much XML (a zip bomb is refused, not expanded).
    public static let maxUnpackedBytes = 200 * 1_048_576

    public static func sheets(_ data: Data) throws -> [Sheet] {
        guard let archive = try? Archive(data: data, accessMode: .read) else { throw Failure.notAWorkbook }
        var total: Int64 = 0
        for e in archive { total += Int64(e.uncompressedSize) }
        guard total <= maxUnpackedBytes else { throw Failure.tooLarge }
        func part(_ path: String) throws -> [UInt8]? {
            guard let entry = archive[path] else { return nil }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(Int(entry.uncompressedSize))
            _ = try archive.extract(entry, skipCRC32: false) { bytes.append(contentsOf: $0) }
            return bytes
        }
        guard let workbook = try part("xl/workbook.xml") else { throw Failure.notAWorkbook }
        let rels = try relationships(try part("xl/_rels/workbook.xml.rels") ?? [])
        let strings = try sharedStrings(try part("xl/sharedStrings.xml") ?? [])
        let dateStyles = try dateStyleIndexes(try part("xl/styles.xml") ?? [])
        var out: [Sheet] = []
        for (name, rid) in try sheetList(workbook) {
            guard let target = rels[rid] else { continue }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let xml = try part(path) else { throw Failure.malformed("missing \(path)") }
            out.append(Sheet(name: name, rows: try rows(xml, strings: strings, dateStyles: dateStyles)))
        }
        return out
    }

    static func scan(_ bytes: [UInt8], _ each: (SheetXMLScanner.Event) throws -> Void) throws {
        var s = SheetXMLScanner(bytes)
        do {
            while let e = try s.next() { try each(e) }
        } catch let f as SheetXMLScanner.Failure {
            throw Failure.malformed("\(f)")
        }
    }

    static func sheetList(_ xml: [UInt8]) throws -> [(String, String)] {
        var out: [(String, String)] = []
        try scan(xml) { e in
            if case .start("sheet", let a, _) = e, let name = a["name"], let rid = a["r:id"] ?? a.first(where: { $0.key.hasSuffix(":id") })?.value {
                out.append((name, rid))
            }
        }
        return out
    }

    static func relationships(_ xml: [UInt8]) throws -> [String: String] {
        var out: [String: String] = [:]
        try scan(xml) { e in
            if case .start("Relationship", let a, _) = e, let id = a["Id"], let target = a["Target"] { out[id] = target }
        }
        return out
    }

    /// Each `<si>`'s text: its `<t>` runs joined, phonetic guides (`<rPh>`) left out.
    static func sharedStrings(_ xml: [UInt8]) throws -> [String] {
        var out: [String] = [], current = "", inT = false, inPhonetic = false
        try scan(xml) { e in
            switch e {
            case .start("si", _, _): current = ""
            case .end("si"): out.append(current)
            case .start("rPh", _, let closed): inPhonetic = !closed
            case .end("rPh"): inPhonetic = false
            case .start("t", _, let closed): inT = !closed
            case .end("t"): inT = false
            case .text(let s) where inT && !inPhonetic: current += s
            default: break
            }
        }
        return out
    }

    /// Indexes into `cellXfs` whose number format shows a date.
    static func dateStyleIndexes(_ xml: [UInt8]) throws -> Set<Int> {
        var custom: [Int: String] = [:], formats: [Int] = [], inXfs = false
        try scan(xml) { e in
            switch e {
            case .start("numFmt", let a, _):
                if let id = a["numFmtId"].flatMap(Int.init), let code = a["formatCode"] { custom[id] = code }
            case .start("cellXfs", _, _): inXfs = true
            case .end("cellXfs"): inXfs = false
            case .start("xf", let a, _) where inXfs: formats.append(a["numFmtId"].flatMap(Int.init) ?? 0)
            default: break
            }
        }
        return Set(formats.enumerated().filter { isDateFormat($0.element, custom[$0.element]) }.map(\.offset))
    }

    /// Built-in date formats (14–22, 27–36 and 50–58 in CJK locales, 45–47), or a custom
    /// code with y/m/d outside quotes and brackets.
    static func isDateFormat(_ id: Int, _ code: String?) -> Bool {
        if (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id) { return true }
        guard let code else { return false }
        var inQuote = false, inBracket = false
        for c in code.lowercased() {
            switch c {
            case "\"": inQuote.toggle()
            case "[" where !inQuote: inBracket = true
            case "]" where !inQuote: inBracket = false
            // One guard for all three letters (a `where` after a pattern list binds only the last):
            // "[Red]0.00" and 0" d" are numbers, not dates.
            case "y", "d", "m": if !inQuote && !inBracket { return true }
            default: break
            }
        }
        return false
    }
}
