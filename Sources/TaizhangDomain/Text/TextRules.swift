/// Limits on free text typed by users, and the characters it may hold. A NUL or other
/// control character in a title breaks exports (CSV, .docx XML 1.0 forbids them) and can hide
/// text on screen; unbounded fields let one request fill the database.
public enum TextRules {
    public static let titleMax = 200
    public static let placeMax = 200
    public static let narrativeMax = 20_000
    public static let commentMax = 2_000
    public static let nameMax = 100

    /// Line breaks and tabs are text; every other control character (C0, DEL, C1) is not.
    public static func hasControlCharacters(_ s: String, allowingLineBreaks: Bool = true) -> Bool {
        s.unicodeScalars.contains { c in
            if allowingLineBreaks && (c == "\n" || c == "\r" || c == "\t") { return false }
            return c.value < 0x20 || (0x7F...0x9F).contains(c.value)
        }
    }

    /// The problems of one text field (nil: fine).
    public static func problem(_ s: String?, field: String, max: Int, multiline: Bool = false) -> DomainError? {
        guard let s else { return nil }
        if hasControlCharacters(s, allowingLineBreaks: multiline) {
            return DomainError("control_characters", zh: "“\(field)”含有不可见的控制字符，请删除后再保存。",
                               en: "“\(field)” contains control characters.", field: field)
        }
        if s.count > max {
            return DomainError("text_too_long", zh: "“\(field)”不能超过\(max)字（现为\(s.count)字）。",
                               en: "“\(field)” must be at most \(max) characters (it has \(s.count)).", field: field)
        }
        return nil
    }
}
