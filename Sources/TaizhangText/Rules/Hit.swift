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
    /// The text is the line's excerpt (`LineText.excerpt()`): the streaming sink writes it
    /// straight from the line's scalars instead of building a String first.
    var excerpt = false
    /// Messages of one fixed form around a line number (段落重复:与第12行…): when set, they
    /// replace `message` and `en` (left empty), and the streaming sink writes them from
    /// their static parts without building Strings.
    var numbered: NumberedMessage? = nil
}
