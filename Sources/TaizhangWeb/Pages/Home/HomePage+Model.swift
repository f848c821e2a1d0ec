import TaizhangDomain

/// GET / — what is due, what came back, progress, recent entries, reminders.
public enum HomePage {
    public struct Model: Sendable {
        public var due: [DueItem]
        public var returned: [ReturnedItem]
        /// Submissions waiting for this user's action (a leader's approvals, a supervisor's reviews).
        public var awaiting: [SubmissionRow]
        /// The period the targets belong to, e.g. 2024年.
        public var targetPeriod: Period?
        public var progress: [Charts.ProgressBar]
        public var trend: Trend?
        public var recent: [EntryRow]
        public var notifications: [NotificationItem]
        /// Whether this user may start drafts (staff, liaison); a leader or supervisor sees
        /// what is due without the button that would only refuse them.
        public var canDraft: Bool
        /// A supervisor's "谁还没报？" for the periods due now, one per plan (empty for the units' own people).
        public var rollCalls: [RollCallItem]
        /// The administration sections to link from the home page (an admin's), empty for others.
        public var adminSections: [AdminPage.Section]

        public init(due: [DueItem] = [], returned: [ReturnedItem] = [], awaiting: [SubmissionRow] = [],
                    targetPeriod: Period? = nil, progress: [Charts.ProgressBar] = [], trend: Trend? = nil,
                    recent: [EntryRow] = [], notifications: [NotificationItem] = [], canDraft: Bool = true,
                    rollCalls: [RollCallItem] = [], adminSections: [AdminPage.Section] = []) {
            self.due = due; self.returned = returned; self.awaiting = awaiting; self.targetPeriod = targetPeriod
            self.progress = progress; self.trend = trend; self.recent = recent; self.notifications = notifications
            self.canDraft = canDraft; self.rollCalls = rollCalls; self.adminSections = adminSections
        }

        /// A supervisor's home answers "who has not reported?" first and leaves out what
        /// concerns only a unit's own staff when it is empty.
        var supervises: Bool { !rollCalls.isEmpty || !adminSections.isEmpty }
        var unread: [NotificationItem] { notifications.filter { !$0.read } }
    }

    /// "本期应报 N，已报 X，未报：〈names〉 [一键提醒]" for one plan and period.
    public struct RollCallItem: Sendable, Hashable {
        public struct UnitRef: Sendable, Hashable {
            public var id: Int
            public var name: String
            public init(id: Int, name: String) { self.id = id; self.name = name }
        }
        public var planID: Int
        public var planName: String
        public var period: Period
        public var dueDate: CivilDate
        public var expected: Int
        public var submitted: Int
        public var missing: [UnitRef]

        public init(planID: Int, planName: String, period: Period, dueDate: CivilDate, expected: Int, submitted: Int, missing: [UnitRef]) {
            self.planID = planID; self.planName = planName; self.period = period; self.dueDate = dueDate
            self.expected = expected; self.submitted = submitted; self.missing = missing
        }
    }

    /// A report the unit still owes (or has in draft).
    public struct DueItem: Sendable, Hashable {
        public var planName: String
        public var period: Period
        public var dueDate: CivilDate
        /// The draft, if one exists; else the link starts a new one.
        public var submissionID: Int?
        public var planID: Int

        public init(planName: String, period: Period, dueDate: CivilDate, planID: Int, submissionID: Int? = nil) {
            self.planName = planName; self.period = period; self.dueDate = dueDate
            self.planID = planID; self.submissionID = submissionID
        }
    }

    /// A submission the supervisor or leader sent back, with their comment.
    public struct ReturnedItem: Sendable, Hashable {
        public var submissionID: Int
        public var planName: String
        public var period: Period
        public var comment: String
        public var returnedBy: String
        public var returnedAt: Stamp

        public init(submissionID: Int, planName: String, period: Period, comment: String, returnedBy: String, returnedAt: Stamp) {
            self.submissionID = submissionID; self.planName = planName; self.period = period
            self.comment = comment; self.returnedBy = returnedBy; self.returnedAt = returnedAt
        }
    }
}

/// A monthly trend chart's data.
public struct Trend: Sendable, Hashable {
    public var title: String
    public var xLabels: [String]
    public var series: [Charts.TrendSeries]
    public init(title: String, xLabels: [String], series: [Charts.TrendSeries]) {
        self.title = title; self.xLabels = xLabels; self.series = series
    }
}

/// An in-app reminder or message.
public struct NotificationItem: Sendable, Hashable {
    public var id: Int
    public var message: String
    public var at: Stamp
    public var read: Bool
    /// Where the reminder points (a submission, the matrix …).
    public var link: String?

    public init(id: Int, message: String, at: Stamp, read: Bool = false, link: String? = nil) {
        self.id = id; self.message = message; self.at = at; self.read = read; self.link = link
    }
}
