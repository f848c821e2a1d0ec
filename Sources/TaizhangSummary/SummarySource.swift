import TaizhangDomain

/// Everything the draft of one unit's (or subtree's) summary is built from, as plain
/// values the server reads from its database. `DraftInputBuilder` turns it into the
/// document layer's `DraftInput`; neither side queries anything.
public struct SummarySource: Sendable {
    public var unitID: Int
    public var unitName: String
    public var signatureName: String
    public var period: Period
    /// 成文日期 — today, from the injected clock.
    public var writtenOn: CivilDate
    public var catalog: Catalog
    /// Confirmed entries counting in the period (planned ones included: they feed the plans).
    public var entries: [SourceEntry]
    /// Confirmed entries of the same period last year (同比).
    public var lastYear: [SourceEntry]
    public var targets: [SourceTarget]
    public var reports: [ReportIssue]
    public var rectifications: [OpenRectification]
    public var notes: [SourceNote]
    public var deadlines: [UpcomingDeadline]
    /// A supervisor's roll-up: the direct children, each with the units of its subtree
    /// (the unit's own entries make a row "〈unit〉本级" of the ranking). Empty for a
    /// unit's own summary.
    public var children: [ChildUnit]

    public init(unitID: Int, unitName: String, signatureName: String? = nil, period: Period, writtenOn: CivilDate,
                catalog: Catalog, entries: [SourceEntry], lastYear: [SourceEntry] = [],
                targets: [SourceTarget] = [], reports: [ReportIssue] = [],
                rectifications: [OpenRectification] = [], notes: [SourceNote] = [],
                deadlines: [UpcomingDeadline] = [], children: [ChildUnit] = []) {
        self.unitID = unitID; self.unitName = unitName; self.signatureName = signatureName ?? unitName
        self.period = period; self.writtenOn = writtenOn; self.catalog = catalog
        self.entries = entries; self.lastYear = lastYear; self.targets = targets
        self.reports = reports; self.rectifications = rectifications; self.notes = notes
        self.deadlines = deadlines; self.children = children
    }
}

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
    public init(id: Int, title: String) { self.id = id; self.title = title }
}

/// A note a user wrote for the unit and period ("存在的问题" material).
public struct SourceNote: Sendable, Equatable {
    public var id: Int
    public var text: String
    public init(id: Int, text: String) { self.id = id; self.text = text }
}

/// A reporting deadline after the period ("按时完成报送任务").
public struct UpcomingDeadline: Sendable, Equatable {
    /// "第三季度工作动态".
    public var name: String
    public var due: CivilDate
    public var planID: Int
    public init(name: String, due: CivilDate, planID: Int) { self.name = name; self.due = due; self.planID = planID }
}

/// A direct child of the summary's unit, for the ranking table of a roll-up.
public struct ChildUnit: Sendable, Equatable {
    public var id: Int
    public var name: String
    /// The child and every unit below it.
    public var unitIDs: Set<Int>
    public init(id: Int, name: String, unitIDs: Set<Int>) { self.id = id; self.name = name; self.unitIDs = unitIDs }
}
