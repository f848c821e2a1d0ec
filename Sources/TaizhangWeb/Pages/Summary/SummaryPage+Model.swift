import TaizhangDocument

/// GET /summaries/{id}?version=N&view=read|edit — the summary editor.
///
/// Forms: POST /summaries/{id}/sections/{sectionID} with `base_version` and one
/// `block.<paragraph id>` per paragraph of the section (the server applies
/// `SummaryDocument.editParagraph` to each changed one and stores a new version; a
/// stale `base_version` comes back with `form.formError`).
/// Compare: GET /summaries/{id}/compare?a=&b=. Export: GET /summaries/{id}/export?format=docx|md|html&version=N.
/// Number sources: app.js fetches GET /api/summaries/{id}/numbers/{n}?version=N (n = the number's
/// 0-based index in `SummaryDocument.numbers`) and expects `{"text": …, "sources": [{"label", "url"}]}`.
public enum SummaryPage {
    public enum Mode: String, Sendable { case edit, read }

    public struct Model: Sendable {
        public var id: Int
        public var document: SummaryDocument
        public var version: Int
        public var latestVersion: Int
        public var versions: [Version]
        /// The checker's findings on this version, placed by block (see `SummaryText`).
        public var findings: [SideFinding]
        public var mode: Mode
        public var editable: Bool
        /// After a failed save: `block.<id>` values as typed, and the section it was for.
        public var form: FormState
        public var failedSection: String?

        public init(id: Int, document: SummaryDocument, version: Int, latestVersion: Int, versions: [Version],
                    findings: [SideFinding] = [], mode: Mode = .edit, editable: Bool = true,
                    form: FormState = .empty, failedSection: String? = nil) {
            self.id = id; self.document = document; self.version = version; self.latestVersion = latestVersion
            self.versions = versions; self.findings = findings; self.mode = mode; self.editable = editable
            self.form = form; self.failedSection = failedSection
        }
    }

    public struct Version: Sendable, Hashable {
        public var number: Int
        public var at: Stamp
        public var author: String
        public var note: String?
        public init(number: Int, at: Stamp, author: String, note: String? = nil) {
            self.number = number; self.at = at; self.author = author; self.note = note
        }
    }

    /// A checker finding shown beside the block it is in (nil: the title or the closing lines).
    public struct SideFinding: Sendable, Hashable {
        public var blockID: String?
        public var severity: CheckerPage.Severity
        public var kind: CheckerPage.Kind
        public var text: String
        public var message: String
        public init(blockID: String?, severity: CheckerPage.Severity, kind: CheckerPage.Kind, text: String, message: String) {
            self.blockID = blockID; self.severity = severity; self.kind = kind; self.text = text; self.message = message
        }
    }
}
