import TaizhangDomain

/// GET /submissions/{id}.
///
/// Forms: POST /submissions/{id} (`narrative`, while a draft or returned and editable);
/// POST /submissions/{id}/transitions (`action` = submit / approve / accept / return, and
/// `comment`, required for return). A failed transition re-renders with `form`.
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

        public init(row: SubmissionRow, narrative: String, values: [Value], checks: [RuleCheck] = [],
                    attachments: [EntryFormPage.Evidence] = [], timeline: [Event], allowedActions: [SubmissionAction],
                    canEdit: Bool, form: FormState = .empty) {
            self.row = row; self.narrative = narrative; self.values = values; self.checks = checks
            self.attachments = attachments; self.timeline = timeline; self.allowedActions = allowedActions
            self.canEdit = canEdit; self.form = form
        }
    }

    /// One reported figure, with last year's for comparison when there is one.
    public struct Value: Sendable, Hashable {
        public var value: ValueText
        public var lastYear: Double?
        public init(_ value: ValueText, lastYear: Double? = nil) { self.value = value; self.lastYear = lastYear }
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
