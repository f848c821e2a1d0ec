import TaizhangDomain

/// Everything the draft of one unit's (or subtree's) summary is built from, as plain
/// values the server reads from its database. `DraftInputBuilder` turns it into the
/// document layer's `DraftInput`; neither side queries anything.
public struct SummarySource: Sendable {
    public var unitID: Int
    public var unitName: String
    public var signatureName: String
    /// Kind and flags select the summary template and the guiding line.
    public var unitKind: UnitKind
    public var unitFlags: Set<UnitFlag>
    public var period: Period
    /// 成文日期 — the period's summary due date, or the generation day if earlier (`SummaryDate`).
    public var writtenOn: CivilDate
    public var catalog: Catalog
    /// Confirmed entries counting in the period, and planned ones of the following period
    /// (they feed the plans).
    public var entries: [SourceEntry]
    /// Confirmed entries of the same period last year (同比).
    public var lastYear: [SourceEntry]
    /// Confirmed entries of the following period's span a year earlier (for an H1 summary,
    /// last year's H2): the recurring work the plans can name.
    public var lastYearAhead: [SourceEntry]
    public var targets: [SourceTarget]
    public var reports: [ReportIssue]
    /// Reports of the period the supervisor returned, with the comment.
    public var returns: [ReturnedReport]
    /// Rectification items not closed off when the draft is written.
    public var rectifications: [OpenRectification]
    public var notes: [SourceNote]
    /// Reports falling due in the following period (`ReportingFacts.deadlines`).
    public var deadlines: [UpcomingDeadline]
    /// A supervisor's roll-up: the direct children, each with the units of its subtree
    /// (the unit's own entries make a row "〈unit〉本级" of the ranking). Empty for a
    /// unit's own summary.
    public var children: [ChildUnit]
    /// A demonstration zone's or project's process records (SPEC §4); nil otherwise.
    public var creation: CreationWorkSource?
    /// A roll-up: the creations among the units below, by unit name.
    public var childCreations: [(name: String, source: CreationWorkSource)]
    /// The unit's own guiding line; nil takes the template set's rule for the unit.
    public var guidingLine: String?
    /// A large roll-up: the figures from the database's folds, `entries` and `lastYearAhead`
    /// then hold a bounded selection of the largest entries (and the planned ones). Nil: the
    /// figures are computed from `entries`, which hold all of them.
    public var ledger: LedgerFolds?

    public init(unitID: Int, unitName: String, signatureName: String? = nil, unitKind: UnitKind = .other,
                unitFlags: Set<UnitFlag> = [], period: Period, writtenOn: CivilDate,
                catalog: Catalog, entries: [SourceEntry], lastYear: [SourceEntry] = [], lastYearAhead: [SourceEntry] = [],
                targets: [SourceTarget] = [], reports: [ReportIssue] = [], returns: [ReturnedReport] = [],
                rectifications: [OpenRectification] = [], notes: [SourceNote] = [],
                deadlines: [UpcomingDeadline] = [], children: [ChildUnit] = [], creation: CreationWorkSource? = nil,
                childCreations: [(name: String, source: CreationWorkSource)] = [], guidingLine: String? = nil) {
        self.childCreations = childCreations
        self.unitID = unitID; self.unitName = unitName; self.signatureName = signatureName ?? unitName
        self.unitKind = unitKind; self.unitFlags = unitFlags
        self.period = period; self.writtenOn = writtenOn; self.catalog = catalog
        self.entries = entries; self.lastYear = lastYear; self.lastYearAhead = lastYearAhead; self.targets = targets
        self.reports = reports; self.returns = returns; self.rectifications = rectifications; self.notes = notes
        self.deadlines = deadlines; self.children = children; self.creation = creation; self.guidingLine = guidingLine
    }

    public var isRollUp: Bool { !children.isEmpty }
}
