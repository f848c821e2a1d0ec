import TaizhangDocument

/// GET /summaries/{id}/compare?a=&b= — what changed between two versions
/// (`SummaryDocument.compare(a, b)`), block by block, with changed words marked.
public enum ComparePage {
    public struct Model: Sendable {
        public var id: Int
        public var title: String
        public var from: SummaryPage.Version
        public var to: SummaryPage.Version
        public var versions: [SummaryPage.Version]
        public var diff: DocumentDiff

        public init(id: Int, title: String, from: SummaryPage.Version, to: SummaryPage.Version,
                    versions: [SummaryPage.Version], diff: DocumentDiff) {
            self.id = id; self.title = title; self.from = from; self.to = to; self.versions = versions; self.diff = diff
        }
    }
}
