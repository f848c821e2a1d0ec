import Foundation
import ZIPFoundation

/// Reads the cells of an .xlsx workbook (what Excel, WPS, LibreOffice and approval systems
/// save) for an import: each sheet's rows with their row numbers (for messages like "第3行"),
/// cells typed as text, number or date (a number whose style is a date format), or, for
/// imports that read text fields, as the texts the cells show with a date's time of day
/// kept (`XlsxReader+Text`). The one reader of the format: the ledger and value imports
/// and the service centre's case import all read through it.
///
/// Defences: a workbook unpacks to at most `maxUnpackedBytes`, counted both from the
/// sizes the archive declares and from the bytes actually inflated (a zip bomb may lie);
/// XML with a DOCTYPE or entity declaration is refused (`SheetXMLScanner`).
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

    /// A workbook unpacks to at most this much XML (a zip bomb is refused, not expanded).
    public static let maxUnpackedBytes = 200 * 1_048_576

    public static func sheets(_ data: Data) throws -> [Sheet] {
        var book = try Workbook(data), out: [Sheet] = []
        for (name, path) in book.sheets {
            let xml = try book.sheetXML(path)
            out.append(Sheet(name: name, rows: try rows(xml, empty: .empty) { try book.typed($0) }.map { Row(number: $0.number, cells: $0.cells) }))
        }
        return out
    }

    /// The parts every sheet needs: shared strings, date styles, the sheets in tab order.
    struct Workbook {
        let archive: Archive
        var unpacked = 0
        var strings: [String] = []
        var dateStyles: Set<Int> = []
        /// (name, part path) in the order the tabs show.
        var sheets: [(String, String)] = []

        init(_ data: Data) throws {
            guard let archive = try? Archive(data: data, accessMode: .read, pathEncoding: nil) else { throw Failure.notAWorkbook }
            self.archive = archive
            var declared: Int64 = 0
            for e in archive { declared += Int64(e.uncompressedSize) }
            guard declared <= XlsxReader.maxUnpackedBytes else { throw Failure.tooLarge }
            guard let workbook = try part("xl/workbook.xml") else { throw Failure.notAWorkbook }
            let rels = try XlsxReader.relationships(try part("xl/_rels/workbook.xml.rels") ?? [])
            strings = try XlsxReader.sharedStrings(try part("xl/sharedStrings.xml") ?? [])
            dateStyles = try XlsxReader.dateStyleIndexes(try part("xl/styles.xml") ?? [])
            sheets = try XlsxReader.sheetList(workbook).compactMap { name, rid in
                rels[rid].map { (name, $0.hasPrefix("/") ? String($0.dropFirst()) : "xl/" + $0) }
            }
        }

        mutating func sheetXML(_ path: String) throws -> [UInt8] {
            guard let xml = try part(path) else { throw Failure.malformed("missing \(path)") }
            return xml
        }

        /// One part inflated, the running total held to `maxUnpackedBytes`.
        mutating func part(_ path: String) throws -> [UInt8]? {
            guard let entry = archive[path] else { return nil }
            var bytes: [UInt8] = [], total = unpacked
            bytes.reserveCapacity(min(Int(entry.uncompressedSize), XlsxReader.maxUnpackedBytes))
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    total += chunk.count
                    if total > XlsxReader.maxUnpackedBytes { throw Failure.tooLarge }
                    bytes.append(contentsOf: chunk)
                }
            } catch let f as Failure {
                throw f
            } catch {
                throw Failure.malformed("cannot inflate \(path)")
            }
            unpacked = total
            return bytes
        }
    }
}
