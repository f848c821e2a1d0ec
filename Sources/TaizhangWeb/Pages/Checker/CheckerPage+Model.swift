import TaizhangDomain

/// GET /check shows the form; POST /check (multipart: `text` pasted, or `file` a .txt/.docx)
/// renders the same page with `result`. The import form posts to POST /check/import with
/// `text`, `name` and `period` (one of `importPeriods`; the checked text becomes candidate
/// ledger entries of the current unit, pending confirmation).
public enum CheckerPage {
    public struct Model: Sendable {
        public var form: FormState
        public var result: Result?
        /// Whether the user may import into the current unit's ledger.
        public var canImport: Bool
        /// The periods imported entries may count for, the most likely first.
        public var importPeriods: [Period]

        public init(form: FormState = .empty, result: Result? = nil, canImport: Bool = false, importPeriods: [Period] = []) {
            self.form = form; self.result = result; self.canImport = canImport; self.importPeriods = importPeriods
        }
    }

    /// The checker's report (TaizhangText's DocumentReport) plus the decoded text.
    public struct Result: Sendable {
        public var documentName: String
        public var encoding: String
        public var text: String
        public var findings: [Finding]
        public var quantities: [Quantity]
        public var outline: [OutlineEntry]
        /// The import preview: what confirming would write (and what it would not).
        public var preview: [PreviewRow]
        /// The period the document names (2025年上半年 → 2025H1), if any.
        public var documentPeriod: Period?

        public init(documentName: String, encoding: String, text: String, findings: [Finding],
                    quantities: [Quantity] = [], outline: [OutlineEntry] = [], preview: [PreviewRow] = [],
                    documentPeriod: Period? = nil) {
            self.documentName = documentName; self.encoding = encoding; self.text = text
            self.findings = findings; self.quantities = quantities; self.outline = outline
            self.preview = preview; self.documentPeriod = documentPeriod
        }
    }

    /// One candidate entry of the import preview, with its place in the text.
    public struct PreviewRow: Sendable, Hashable {
        public var title: String
        public var value: Double
        public var unit: String
        public var indicator: String
        public var line: Int
        public var column: Int
        public var parts: [String]
        /// Why it is not imported, or a conflict with the ledger; empty when nothing to say.
        public var note: String
        public var importable: Bool
        public init(title: String, value: Double, unit: String, indicator: String, line: Int, column: Int,
                    parts: [String] = [], note: String = "", importable: Bool) {
            self.title = title; self.value = value; self.unit = unit; self.indicator = indicator; self.line = line
            self.column = column; self.parts = parts; self.note = note; self.importable = importable
        }
    }

    /// A finding at a 1-based line and column (characters), pointing at `text`.
    public struct Finding: Sendable, Hashable {
        public var kind: Kind
        public var severity: Severity
        public var line: Int
        public var column: Int
        public var text: String
        public var message: String

        public init(kind: Kind, severity: Severity, line: Int, column: Int, text: String, message: String) {
            self.kind = kind; self.severity = severity; self.line = line; self.column = column
            self.text = text; self.message = message
        }
    }

    /// Mirrors TaizhangText.FindingKind (same raw values, so `Kind(rawValue: f.kind.rawValue)` maps it).
    public enum Kind: String, Sendable, CaseIterable {
        case placeholder, missingNumber = "missing-number", doubledQualifier = "doubled-qualifier", arithmetic,
             numbering, duplicate, boilerplate, year
        /// A summary draft's style check (文风检查), shown beside the checker's findings.
        case style
    }

    public enum Severity: String, Sendable, CaseIterable { case info, warning, error }

    public struct Quantity: Sendable, Hashable {
        public var text: String
        /// The value with 万/亿 applied, e.g. 140000.
        public var normalized: Double
        public var unit: String
        public var qualifier: String?
        public var subject: String
        public var line: Int
        public init(text: String, normalized: Double, unit: String, qualifier: String? = nil, subject: String, line: Int) {
            self.text = text; self.normalized = normalized; self.unit = unit; self.qualifier = qualifier
            self.subject = subject; self.line = line
        }
    }

    public struct OutlineEntry: Sendable, Hashable {
        public var level: Int
        public var marker: String
        public var title: String
        public var line: Int
        public init(level: Int, marker: String, title: String, line: Int) {
            self.level = level; self.marker = marker; self.title = title; self.line = line
        }
    }
}
