import Foundation

/// The demo dataset a newcomer sees on first start: a district culture bureau, its
/// streets and towns, their communities and villages, users, two years of ledger
/// entries, targets, reporting plans and the submissions made under them.
public struct DemoData: Codable, Hashable, Sendable {
    /// The day the dataset was built for; every past event happened before it began.
    public var today: CivilDate
    /// First day covered by the ledger and the submissions.
    public var startDate: CivilDate
    /// Ids 1…n, parents before children; the first unit is the root.
    public var units: [Unit]
    public var users: [DemoUser]
    public var plans: [ReportingPlan]
    public var validationRules: [ValidationRule]
    public var entries: [LedgerEntry]
    public var targets: [Target]
    public var submissions: [DemoSubmission]
    public var notes: [DemoNote]

    public var tree: UnitTree { UnitTree(units) }
}

/// A demo login. Every demo user has the same password (`DemoDataset.password`).
public struct DemoUser: Codable, Hashable, Sendable {
    /// ASCII login name, e.g. `chengguan.staff`.
    public var username: String
    /// Chinese display name, e.g. 王丽萍.
    public var displayName: String
    public var password: String
    public var grants: [RoleGrant]
    public var language: Language

    public init(username: String, displayName: String, password: String, grants: [RoleGrant], language: Language = .zh) {
        self.username = username; self.displayName = displayName; self.password = password
        self.grants = grants; self.language = language
    }
}

/// A unit's report for one plan and period, with its history. The status is not
/// stored: it follows from the events (`SubmissionAction.target(from:)`).
public struct DemoSubmission: Codable, Hashable, Sendable {
    public var unitID: Int
    public var planID: Int
    public var period: Period
    public var narrative: String
    /// The indicator values the report states (a snapshot of the ledger for the period).
    public var values: [IndicatorValue]
    /// In time order; empty for a draft.
    public var events: [DemoEvent]

    public init(unitID: Int, planID: Int, period: Period, narrative: String, values: [IndicatorValue], events: [DemoEvent]) {
        self.unitID = unitID; self.planID = planID; self.period = period
        self.narrative = narrative; self.values = values; self.events = events
    }

    /// The status the events lead to from `.draft` (nil if an event is not allowed).
    public var status: SubmissionStatus? {
        var s = SubmissionStatus.draft
        for e in events {
            guard let next = e.action.target(from: s) else { return nil }
            s = next
        }
        return s
    }

    /// The first `submit`: the instant timeliness is judged by.
    public var firstSubmittedAt: Date? { events.first { $0.action == .submit }?.at }
}

/// One status transition of a submission.
public struct DemoEvent: Codable, Hashable, Sendable {
    public var action: SubmissionAction
    public var at: Date
    public var username: String
    /// Required for `.return`.
    public var comment: String?

    public init(action: SubmissionAction, at: Date, username: String, comment: String? = nil) {
        self.action = action; self.at = at; self.username = username; self.comment = comment
    }
}

/// A user's note on a unit's period (feeds "存在的问题" in the summary draft).
public struct DemoNote: Codable, Hashable, Sendable {
    public var unitID: Int
    public var period: Period
    public var username: String
    public var text: String

    public init(unitID: Int, period: Period, username: String, text: String) {
        self.unitID = unitID; self.period = period; self.username = username; self.text = text
    }
}
