/// Escaping for HTML text and attribute values: the one rule for the web pages (TaizhangWeb)
/// and the summary's HTML export (`HTMLWriter`).
public enum HTMLEscape {
    /// `& < >` in text; control characters other than tab and newline are dropped
    /// (they are invalid in HTML and can hide content).
    public static func text(_ s: String) -> String { escape(s, quotes: false) }

    /// Text escaping plus both quote characters.
    public static func attribute(_ s: String) -> String { escape(s, quotes: true) }

    private static func escape(_ s: String, quotes: Bool) -> String {
        let needs = s.utf8.contains { b in
            b == 0x26 || b == 0x3C || b == 0x3E || (b < 0x20 && b != 0x0A && b != 0x09) || b == 0x7F
                || (quotes && (b == 0x22 || b == 0x27))
        }
        guard needs else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
