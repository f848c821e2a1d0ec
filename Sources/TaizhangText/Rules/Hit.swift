/// A finding located on a line, before line/column/document are resolved.
struct Hit {
    var kind: FindingKind
    var severity: Severity
    var start: Int
    var end: Int
    var message: String
    /// `message` in English.
    var en: String
    /// Overrides the excerpt (otherwise the line's text in start..<end).
    var text: String? = nil
}
