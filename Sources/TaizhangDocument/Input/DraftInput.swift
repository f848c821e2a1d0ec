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
    /// Work areas in the order they should appear (one level-1 section each).
    public var areas: [DraftArea]
    /// Open rectification items, late/missing reports, user notes …
    public var problems: [ProblemItem]
    /// Planned entries and upcoming reporting deadlines.
    public var plans: [PlanItem]
    /// Supervisors' roll-ups: one ranking table per indicator.
    public var rankings: [RankingInput]

    public init(
        unitName: String, signatureName: String? = nil, period: DraftPeriod, writtenOn: DocDate,
        areas: [DraftArea], problems: [ProblemItem] = [], plans: [PlanItem] = [],
        rankings: [RankingInput] = []
    ) {
        self.unitName = unitName
        self.signatureName = signatureName ?? unitName
        self.period = period
        self.writtenOn = writtenOn
        self.areas = areas
        self.problems = problems
        self.plans = plans
        self.rankings = rankings
    }
}

/// A work area: a ledger category or an indicator group.
public struct DraftArea: Codable, Sendable, Equatable {
    /// "群众文化活动" — the level-1 heading.
    public var name: String
    public var figures: [DraftFigure]
    /// Candidate entries to name; the composer picks the most notable.
    public var notables: [NotableEntry]

    public init(name: String, figures: [DraftFigure], notables: [NotableEntry] = []) {
        self.name = name
        self.figures = figures
        self.notables = notables
    }
}
