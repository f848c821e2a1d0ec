import Foundation

/// CSV cells that a spreadsheet would run as a formula (OWASP "CSV Injection"): a cell that
/// starts with = + - @, a tab or a carriage return gets a leading apostrophe, so Excel and
/// WPS show the text instead of evaluating =HYPERLINK(…) or +1+1.
public enum SpreadsheetCell {
    static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    public static func neutralised(_ s: String) -> String {
        guard let first = s.unicodeScalars.first, triggers.contains(Character(first)) else { return s }
        return "'" + s
    }

    /// One RFC 4180 field: neutralised, then quoted when it holds a comma, quote or line break.
    public static func csvField(_ raw: String) -> String { quoted(neutralised(raw)) }

    /// RFC 4180: a field that holds a comma, quote or line break is quoted, its quotes doubled.
    public static func quoted(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
