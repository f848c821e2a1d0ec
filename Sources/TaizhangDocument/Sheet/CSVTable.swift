import TaizhangDomain

/// CSV as spreadsheets in Chinese offices read it: UTF-8 with a byte-order mark (else
/// Excel guesses GBK and garbles the Chinese), CRLF, RFC 4180 quoting, and text cells
/// that a spreadsheet would run as a formula neutralised by the one rule for that,
/// `SpreadsheetCell` (OWASP "CSV Injection": a leading apostrophe before = + - @, tab, CR).
public enum CSVTable {
    public static func neutralised(_ s: String) -> String { SpreadsheetCell.neutralised(s) }

    /// A cell read back from a file this app wrote: the apostrophe `neutralised` added
    /// comes off again (only where `neutralised` would have added it, so "'s" stays).
    public static func restored(_ s: String) -> String {
        guard s.first == "'" else { return s }
        let rest = String(s.dropFirst())
        return SpreadsheetCell.neutralised(rest) == s ? rest : s
    }

    /// One field: text neutralised, then quoted when it holds a comma, quote or line break.
    /// Numbers and dates are written as they are (a negative number is data, not a formula).
    public static func field(_ v: SheetValue) -> String {
        if case .text(let t) = v { return SpreadsheetCell.csvField(t) }
        return SpreadsheetCell.quoted(v.plain)
    }

    public static func text(_ t: SheetTable) -> String {
        var out = "\u{FEFF}"
        if !t.columns.isEmpty { out += t.columns.map { field(.text($0.title)) }.joined(separator: ",") + "\r\n" }
        for row in t.rows { out += row.map(field).joined(separator: ",") + "\r\n" }
        return out
    }

    /// Parses CSV text (`CSVReader`: RFC 4180; a byte-order mark and a trailing line break
    /// are ignored) into rows of fields, each with its 1-based line number.
    public static func parse(_ text: String) -> [XlsxReader.Row] {
        CSVReader.records(text).map { r in
            XlsxReader.Row(number: r.line, cells: r.fields.map { $0.isEmpty ? .empty : .text($0) })
        }
    }
}
