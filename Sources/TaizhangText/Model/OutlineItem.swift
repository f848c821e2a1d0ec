/// A heading of the Chinese outline hierarchy (一、 → (一) → 1. → (1) → ①, and
/// paragraph-initial 一是…). `level` is 1 for a document's top level.
public struct OutlineItem: Codable, Sendable, Hashable {
    public var level: Int
    /// The marker as written, e.g. "一、", "(二)", "3.", "①", "一是".
    public var marker: String
    public var title: String
    public var line: Int
    public var document: Int

    public init(level: Int, marker: String, title: String, line: Int, document: Int = 1) {
        self.level = level
        self.marker = marker
        self.title = title
        self.line = line
        self.document = document
    }
}
