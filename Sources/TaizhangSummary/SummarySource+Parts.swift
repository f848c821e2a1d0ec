import Foundation
import TaizhangDomain

/// A ledger entry as the draft needs it.
public struct SourceEntry: Sendable, Equatable {
    public var id: Int
    public var unitID: Int
    public var title: String
    public var category: EntryCategory
    public var place: String?
    public var countsOn: CivilDate
    public var values: [IndicatorValue]
    public var planned: Bool
    /// Attached evidence files (佐证资料).
    public var evidenceCount: Int

    public init(id: Int, unitID: Int, title: String, category: EntryCategory = .activity, place: String? = nil,
                countsOn: CivilDate, values: [IndicatorValue], planned: Bool = false, evidenceCount: Int = 0) {
        self.id = id; self.unitID = unitID; self.title = title; self.category = category; self.place = place
        self.countsOn = countsOn; self.values = values; self.planned = planned; self.evidenceCount = evidenceCount
    }
}

/// A target (目标任务) of the unit for the year or for the period itself.
public struct SourceTarget: Sendable, Equatable {
    public var id: Int
    public var indicator: String
    public var period: Period
    public var value: Double

    public init(id: Int, indicator: String, period: Period, value: Double) {
        self.id = id; self.indicator = indicator; self.period = period; self.value = value
    }
}

/// A periodic report due in the period that came late (迟报) or not at all (漏报).
public struct ReportIssue: Sendable, Equatable {
    public enum Kind: String, Sendable { case late, missing }
    public var kind: Kind
    /// "2024年4月工作动态".
    public var name: String
    /// The submission (late) or the plan/period/unit (missing) — whatever the server resolves.
    public var refID: String

    public init(kind: Kind, name: String, refID: String) {
        self.kind = kind; self.name = name; self.refID = refID
    }
}

/// A rectification item (整改事项) not yet closed off (销号).
public struct OpenRectification: Sendable, Equatable {
    public var id: Int
    public var title: String
    /// The deadline in force (extensions applied).
    public var dueDate: CivilDate?
    public init(id: Int, title: String, dueDate: CivilDate? = nil) { self.id = id; self.title = title; self.dueDate = dueDate }
}

/// A report the supervisor returned (退回) with a comment.
public struct ReturnedReport: Sendable, Equatable {
    /// "2024年4月工作动态（月报）".
    public var name: String
    public var comment: String
    public var submissionID: Int
    public init(name: String, comment: String, submissionID: Int) {
        self.name = name; self.comment = comment; self.submissionID = submissionID
    }
}

/// A note a user wrote for the unit and period ("存在的问题" material).
public struct SourceNote: Sendable, Equatable {
    public var id: Int
    public var text: String
    public init(id: Int, text: String) { self.id = id; self.text = text }
}

/// A report falling due in the following period ("按时报送…").
public struct UpcomingDeadline: Sendable, Equatable {
    /// "2024年第三季度工作动态": the period's label and the plan's name.
    public var name: String
    public var due: CivilDate
    public var planID: Int
    /// The plan's own name ("工作动态（月报）") and rule, to write a recurring deadline once.
    public var planName: String
    public var periodKind: Period.Kind?
    public var dueRule: DueRule?
    public init(name: String, due: CivilDate, planID: Int, planName: String? = nil, periodKind: Period.Kind? = nil,
                dueRule: DueRule? = nil) {
        self.name = name; self.due = due; self.planID = planID; self.planName = planName ?? name
        self.periodKind = periodKind; self.dueRule = dueRule
    }
}

/// A direct child of the summary's unit, for the ranking table of a roll-up.
public struct ChildUnit: Sendable, Equatable {
    public var id: Int
    public var name: String
    /// The child and every unit below it.
    public var unitIDs: Set<Int>
    public init(id: Int, name: String, unitIDs: Set<Int>) { self.id = id; self.name = name; self.unitIDs = unitIDs }
}
