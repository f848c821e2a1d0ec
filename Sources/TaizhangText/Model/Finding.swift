/// One problem found in a document, with its exact location.
///
/// `line` and `column` are 1-based; `column` counts characters (grapheme clusters)
/// of the decoded text. `document` is the 1-based index of the bundled sub-document
/// (篇) the finding belongs to; a file with a single summary has only document 1.
public struct Finding: Codable, Sendable, Hashable {
    public var kind: FindingKind
    public var severity: Severity
    public var line: Int
    public var column: Int
    /// The exact text the finding points at (for whole-line findings, the line).
    public var text: String
    /// A plain explanation for the user, in Chinese.
    public var message: String
    /// The same explanation in English, for the web app's English pages (nil in reports
    /// stored before it existed).
    public var messageEn: String?
    public var document: Int

    public init(kind: FindingKind, severity: Severity, line: Int, column: Int,
                text: String, message: String, messageEn: String? = nil, document: Int = 1) {
        self.kind = kind
        self.severity = severity
        self.line = line
        self.column = column
        self.text = text
        self.message = message
        self.messageEn = messageEn
        self.document = document
    }
}
