/// Everything the composer needs, as plain values. The server computes the
/// aggregates from its database and fills this; the composer never queries.
public struct DraftInput: Codable, Sendable, Equatable {
    /// "城关街道文化站" — goes into the title.
    public var unitName: String
    /// 发文机关署名 at the end; usually the unit's full name.
    public var signatureName: String
    public var period: DraftPeriod
    /// 成文日期.
    public var writtenOn: DocDate
    /// Work areas in the order they should appear (one level-2 subsection each).
    public var areas: [DraftArea]
    /// Open rectification items, late/missing reports, user notes …
    public var problems: [ProblemItem]
    /// Planned entries and upcoming reporting deadlines.
    public var plans: [PlanItem]
    /// Supervisors' roll-ups: one ranking table per indicator.
    public var rankings: [RankingInput]
    /// The structure and wording rules (a unit kind's or a rule pack's).
    public var template: SummaryTemplate
    /// The unit's own guiding line for the opening; nil takes the template's.
    public var guidingLine: String?
    /// Set for a supervisor's roll-up of the units below.
    public var rollUp: RollUp?
    /// A demonstration zone's or project's creation work (SPEC §4), already phrased.
    public var creation: CreationSection?

    public init(
        unitName: String, signatureName: String? = nil, period: DraftPeriod, writtenOn: DocDate,
        areas: [DraftArea], problems: [ProblemItem] = [], plans: [PlanItem] = [],
        rankings: [RankingInput] = [], template: SummaryTemplate = .standard, guidingLine: String? = nil,
        rollUp: RollUp? = nil, creation: CreationSection? = nil
    ) {
        self.unitName = unitName
        self.signatureName = signatureName ?? unitName
        self.period = period
        self.writtenOn = writtenOn
        self.areas = areas
        self.problems = problems
        self.plans = plans
        self.rankings = rankings
        self.template = template
        self.guidingLine = guidingLine
        self.rollUp = rollUp
        self.creation = creation
    }

    /// True when the ledger gave the draft something to say about the work itself.
    public var hasWork: Bool { !areas.isEmpty || creation != nil }
}

/// A roll-up over the units below: what they are called and how many there are.
public struct RollUp: Codable, Sendable, Equatable {
    /// "街道（镇）", "社区", "单位".
    public var childWord: String
    public var childCount: Int
    public var refs: [SourceRef]

    public init(childWord: String, childCount: Int, refs: [SourceRef]) {
        self.childWord = childWord; self.childCount = childCount; self.refs = refs
    }
}

/// A work area: a ledger category or an indicator group.
public struct DraftArea: Codable, Sendable, Equatable {
    /// "群众文化活动" — the catalog group; the heading comes from the template.
    public var name: String
    public var figures: [DraftFigure]
    /// Candidate entries to name; the composer picks the most notable.
    public var notables: [NotableEntry]
    /// What was done, for the lead sentence.
    public var work: AreaWork

    public init(name: String, figures: [DraftFigure], notables: [NotableEntry] = [], work: AreaWork = AreaWork()) {
        self.name = name
        self.figures = figures
        self.notables = notables
        self.work = work
    }
}
