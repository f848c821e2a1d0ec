/// GET /ledger/imported — entries imported from a document, waiting for a person to confirm.
///
/// One form, POST /ledger/imported/confirm with checkboxes `ids` (confirm the ticked ones);
/// each row's buttons post the same form to /ledger/{id}/confirm or /ledger/{id}/delete instead.
public enum ImportedPage {
    public struct Model: Sendable {
        public var items: [Item]
        public init(items: [Item]) { self.items = items }
    }

    public struct Item: Sendable, Hashable {
        public var entry: EntryRow
        /// The document the entry was read from.
        public var documentName: String
        /// The sentence the values came from, so the confirmer can judge them.
        public var excerpt: String

        public init(entry: EntryRow, documentName: String, excerpt: String) {
            self.entry = entry; self.documentName = documentName; self.excerpt = excerpt
        }
    }
}
