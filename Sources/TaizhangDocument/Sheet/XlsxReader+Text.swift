import Foundation

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

    /// Excel's serial day (1900 system; whole days, time of day ignored) as a date.
    static func date(fromSerial serial: Double) -> DocDate? {
        guard serial >= 1, serial < 2_958_466 else { return nil }
        let days = Int(serial.rounded(.down)) - 25_569
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return DocDate(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// Excel's serial day with its fraction (local time, to the nearest second) as
    /// `2026-03-02 09:10:05`, or `2026-03-02` when it falls on midnight.
    static func dateTimeText(fromSerial serial: Double) -> String? {
        guard serial >= 1, serial < 2_958_466 else { return nil }
        let seconds = Int(((serial - 25_569) * 86_400).rounded())
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - day * 86_400
        guard let date = date(fromSerial: Double(day + 25_569)) else { return nil }
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
