import TaizhangDocument

/// GET /summaries/{id}?version=N&view=read|edit — the summary editor.
///
/// Forms: POST /summaries/{id}/sections/{sectionID} with `base_version` and one
/// `block.<paragraph id>` per paragraph of the section (the server applies
/// `SummaryDocument.editParagraph` to each changed one and stores a new version; a
/// stale `base_version` comes back with `form.formError`).
/// Compare: GET /summaries/{id}/compare?a=&b=. Export: GET /summaries/{id}/export?format=docx|md|html&version=N.
/// Number sources: each number links to `?number=n#number-sources` (n = the number's 0-based
/// index in `SummaryDocument.numbers`), where the page lists `numberSources` (works without
/// JavaScript); app.js instead fetches GET /api/summaries/{id}/numbers/{n}?version=N and shows
/// the API's `{"number": {"text"…}, "sources": [{"kind", "id", "label", "hidden", "date", "unit_name"…}]}`
/// in a popover.
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
        /// The number chosen with `?number=n`, with its sources resolved.
        public var numberSources: NumberSources?

        public init(id: Int, document: SummaryDocument, version: Int, latestVersion: Int, versions: [Version],
                    findings: [SideFinding] = [], mode: Mode = .edit, editable: Bool = true,
                    form: FormState = .empty, failedSection: String? = nil, numberSources: NumberSources? = nil) {
            self.id = id; self.document = document; self.version = version; self.latestVersion = latestVersion
            self.versions = versions; self.findings = findings; self.mode = mode; self.editable = editable
            self.form = form; self.failedSection = failedSection; self.numberSources = numberSources
        }
    }

    /// One number of the summary and what it was computed from.
    public struct NumberSources: Sendable, Hashable {
        public var index: Int
        public var text: String
        public var sources: [SourceLink]
        public init(index: Int, text: String, sources: [SourceLink]) { self.index = index; self.text = text; self.sources = sources }
    }

    /// A source as listed to the user: what it is, and where to open it (nil: nowhere to go).
    public struct SourceLink: Sendable, Hashable {
        public var label: String
        public var detail: String?
        public var url: String?
        public init(label: String, detail: String? = nil, url: String? = nil) { self.label = label; self.detail = detail; self.url = url }
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
