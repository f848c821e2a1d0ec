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
    public var summary: SummaryTemplate
    public var checks: [PackCheck]

    public init(code: String, name: Term, unitKinds: [UnitKind], catalog: Catalog, plans: [ReportingPlan],
                validationRules: [ValidationRule], derived: [DerivedIndicator] = [], rhythm: [RhythmRule] = [],
                summary: SummaryTemplate = SummaryTemplate(), checks: [PackCheck] = []) {
        self.code = code; self.name = name; self.unitKinds = unitKinds; self.catalog = catalog; self.plans = plans
        self.validationRules = validationRules; self.derived = derived; self.rhythm = rhythm; self.summary = summary
        self.checks = checks
    }
}

/// How a pack's summary reads: the work areas in order, each an indicator group of the
/// catalog under the heading officials would give it.
public struct SummaryTemplate: Codable, Hashable, Sendable {
    public var areas: [TemplateArea]
    /// Indicators recorded only to compute a derived rate (出院人数 for the incidence):
    /// the rate is written, they are not.
    public var hidden: [String]

    public init(areas: [TemplateArea] = [], hidden: [String] = []) { self.areas = areas; self.hidden = hidden }

    /// The heading for a catalog group (the group's own name when the template has none).
    public func heading(for group: String) -> String { areas.first { $0.group == group }?.heading ?? group }

    /// Groups in the template's order first, the others after in their given order.
    public func order(_ groups: [String]) -> [String] {
        let listed = areas.map(\.group).filter(groups.contains)
        return listed + groups.filter { !listed.contains($0) }
    }
}

public struct TemplateArea: Codable, Hashable, Sendable {
    public var group: String
    public var heading: String
    public init(group: String, heading: String) { self.group = group; self.heading = heading }
}
