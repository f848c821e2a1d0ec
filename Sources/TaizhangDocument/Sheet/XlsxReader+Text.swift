import Foundation
import TaizhangDomain

extension XlsxReader {
    /// The first sheet's rows (in order, as stored) as the texts their cells show, for
    /// imports that read every field as text by their own rules (the service centre's cases,
    /// whose instants `Timestamp` reads). Numbers stay as written; a date-formatted cell
    /// becomes `2026-03-02 09:10:05`, its time of day kept (`2026-03-02` for a whole day);
    /// a boolean is TRUE or FALSE.
    public static func firstSheetTexts(_ data: Data) throws -> [[String]] {
        var book = try Workbook(data)
        guard let (_, path) = book.sheets.first else { throw Failure.notAWorkbook }
        let xml = try book.sheetXML(path)
        return try rows(xml, empty: "") { try book.text($0) }.map(\.cells)
    }

    /// Excel's serial day (`ExcelSerial`; whole days, time of day ignored) as a date.
    static func date(fromSerial serial: Double) -> DocDate? {
        guard serial >= 1, serial < Double(ExcelSerial.end) else { return nil }
        return DocDate(ExcelSerial.day(serial))
    }

    /// Excel's serial day with its fraction (local time, to the nearest second) as
    /// `2026-03-02 09:10:05`, or `2026-03-02` when it falls on midnight.
    static func dateTimeText(fromSerial serial: Double) -> String? {
        guard serial >= 1, serial < Double(ExcelSerial.end) else { return nil }
        let seconds = Int(((serial - Double(ExcelSerial.unixEpoch)) * 86_400).rounded())
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - day * 86_400
        guard let date = date(fromSerial: Double(day + ExcelSerial.unixEpoch)) else { return nil }
        if time == 0 { return date.iso }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return date.iso + " " + two(time / 3600) + ":" + two(time / 60 % 60) + ":" + two(time % 60)
    }
}

extension XlsxReader.Workbook {
    /// A cell as the text it shows (see `firstSheetTexts`).
    func text(_ c: XlsxReader.StoredCell) throws -> String {
        switch c.type {
        case "s": return try shared(c.value)
        case "inlineStr": return c.inline
        case "str", "e": return c.value
        case "b": return c.value == "1" ? "TRUE" : "FALSE"
        default:
            guard dateStyles.contains(c.style), let serial = Double(c.value) else { return c.value }
            return XlsxReader.dateTimeText(fromSerial: serial) ?? c.value
        }
    }
}
