/// Pure document writing for Taizhang: the structured summary model
/// (`SummaryDocument`), the draft composer (`DraftComposer`) fed by the plain
/// `DraftInput`, and the writers (`DocxWriter`, `MarkdownWriter`, `HTMLWriter`).
///
/// Nothing here touches a database or a web framework; the server fills a
/// `DraftInput` from its aggregates and stores `SummaryDocument` as JSON.
public enum TaizhangDocument {
    /// Bumped when the JSON shape of `SummaryDocument` changes incompatibly.
    public static let modelVersion = 1
}
