import TaizhangDomain

/// GET /submissions/{id}.
///
/// Forms: POST /submissions/{id} — the filer's one form while a draft or returned: `narrative`,
/// `version` and the button pressed, `action` = save / refresh (按台账刷新数值) / submit (报送
/// saves what is typed and submits it in one go). POST /submissions/{id}/transitions — the
/// reviewers' form: `comment` (审核意见, required for a return) and `action` = approve / accept /
/// return. A refused action re-renders with `form`, keeping what was typed.
public enum SubmissionPage {
    public struct Model: Sendable {
        public var row: SubmissionRow
        public var narrative: String
        public var values: [Value]
        /// Validation-rule results on the values; blocking ones stop the submit.
        public var checks: [RuleCheck]
        public var attachments: [EntryFormPage.Evidence]
        public var timeline: [Event]
        /// Actions this user may take now (role and status already considered by the server).
        public var allowedActions: [SubmissionAction]
        public var canEdit: Bool
        public var form: FormState
        /// The version the edit form is based on (a stale page gets 409, not a silent overwrite).
        public var version: Int
        /// Figures whose ledger value differs from the stored one (drafts and returned reports).
        public var ledgerChanges: [LedgerChange]
        /// The last return's comment, shown at the top while the report is returned.
        public var returnNote: Event?
        /// The entries behind the figure the reader clicked (`?sources=<indicator>`).
        public var sources: Sources?

        public init(row: SubmissionRow, narrative: String, values: [Value], checks: [RuleCheck] = [],
                    attachments: [EntryFormPage.Evidence] = [], timeline: [Event], allowedActions: [SubmissionAction],
                    canEdit: Bool, form: FormState = .empty, version: Int = 1, ledgerChanges: [LedgerChange] = [],
                    returnNote: Event? = nil, sources: Sources? = nil) {
            self.row = row; self.narrative = narrative; self.values = values; self.checks = checks
            self.attachments = attachments; self.timeline = timeline; self.allowedActions = allowedActions
            self.canEdit = canEdit; self.form = form; self.version = version; self.ledgerChanges = ledgerChanges
            self.returnNote = returnNote; self.sources = sources
        }

        /// Actions of the reviewers' form (the filer's submit sits in the narrative form when she may edit).
        var reviewActions: [SubmissionAction] { allowedActions.filter { $0 != .submit || !canEdit } }
    }

    /// The ledger entries a figure is the total of, as the ledger holds them now.
    public struct Sources: Sendable, Hashable {
        public var figure: ValueText
        public var entries: [EntryRow]
        public init(figure: ValueText, entries: [EntryRow]) { self.figure = figure; self.entries = entries }
    }

    /// A figure the ledger now states differently from the report (按台账刷新数值 takes it).
    public struct LedgerChange: Sendable, Hashable {
        public var name: String
        public var nameEn: String
        public var measureWord: String
        public var stored: ValueText?
        public var ledger: ValueText?
        public init(name: String, nameEn: String, measureWord: String, stored: ValueText?, ledger: ValueText?) {
            self.name = name; self.nameEn = nameEn; self.measureWord = measureWord; self.stored = stored; self.ledger = ledger
        }
    }

    /// One reported figure, with last year's for comparison when there is one.
    public struct Value: Sendable, Hashable {
        public var value: ValueText
        public var lastYear: Double?
        /// Where the figure's sources are listed (the ledger entries behind it), when known.
        public var sourcesURL: String?
        public init(_ value: ValueText, lastYear: Double? = nil, sourcesURL: String? = nil) {
            self.value = value; self.lastYear = lastYear; self.sourcesURL = sourcesURL
        }
    }

    /// A validation rule's outcome, e.g. "其中各项之和不得超过合计".
    public struct RuleCheck: Sendable, Hashable {
        public var message: String
        public var blocking: Bool
        public init(message: String, blocking: Bool) { self.message = message; self.blocking = blocking }
    }

    /// A step in the submission's life; `action` nil means created (drafted).
    public struct Event: Sendable, Hashable {
        public var at: Stamp
        public var actor: String
        public var action: SubmissionAction?
        public var comment: String?
        public init(at: Stamp, actor: String, action: SubmissionAction?, comment: String? = nil) {
            self.at = at; self.actor = actor; self.action = action; self.comment = comment
        }
    }
}
