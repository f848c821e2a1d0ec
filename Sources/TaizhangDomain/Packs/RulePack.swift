/// A rule pack (SPEC §7): everything that fits the system to one kind of unit — the
/// indicator catalog, the reporting plans, the validation rules, the rates derived from
/// counts, the work rhythm (how often something must happen), the summary template and
/// the checks a summary of that kind of unit must pass. All data; a unit's kind selects
/// its pack (`RulePacks.pack(for:in:)`).
public struct RulePack: Codable, Sendable {
    public var code: String
    public var name: Term
    /// Units of these kinds, and the departments and sections below them, use the pack.
    public var unitKinds: [UnitKind]
    public var catalog: Catalog
    public var plans: [ReportingPlan]
    public var validationRules: [ValidationRule]
    public var derived: [DerivedIndicator]
    public var rhythm: [RhythmRule]
    public var summary: PackSummary
    public var checks: [PackCheck]

    public init(code: String, name: Term, unitKinds: [UnitKind], catalog: Catalog, plans: [ReportingPlan],
                validationRules: [ValidationRule], derived: [DerivedIndicator] = [], rhythm: [RhythmRule] = [],
                summary: PackSummary = PackSummary(), checks: [PackCheck] = []) {
        self.code = code; self.name = name; self.unitKinds = unitKinds; self.catalog = catalog; self.plans = plans
        self.validationRules = validationRules; self.derived = derived; self.rhythm = rhythm; self.summary = summary
        self.checks = checks
    }
}

/// What a pack's summary leaves out: the indicators recorded only to compute a derived
/// rate (出院人数 for the incidence) — the rate is written, they are not. The wording
/// (headings per work area, guiding line) is the summary templates' (TaizhangSummary's
/// `SummaryTemplateSet`, selected by unit kind).
public struct PackSummary: Codable, Hashable, Sendable {
    public var hidden: [String]

    public init(hidden: [String] = []) { self.hidden = hidden }
}
