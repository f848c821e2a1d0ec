import TaizhangDomain

/// What a unit is creating: a demonstration zone (示范区) or project (示范项目), SPEC §4.
public enum CreationKind: String, Codable, Hashable, Sendable, CaseIterable {
    case zone, project

    public var chinese: String { self == .zone ? "示范区" : "示范项目" }

    /// The kind a unit's flags declare (a zone flag wins if both are set).
    public static func of(_ unit: Unit) -> CreationKind? {
        unit.flags.contains(.demoZone) ? .zone : unit.flags.contains(.demoProject) ? .project : nil
    }
}

/// A unit's creation (创建): its kind and the first year of its creation cycle.
/// The cycle's length is rule data (`ProcessRuleSet.cycleYears`, two years by default).
public struct Creation: Codable, Hashable, Sendable {
    public var unitID: Int
    public var kind: CreationKind
    public var startYear: Int

    public init(unitID: Int, kind: CreationKind, startYear: Int) {
        self.unitID = unitID; self.kind = kind; self.startYear = startYear
    }

    /// The first day of the creation: plans that bind the unit as a zone/project bind it
    /// from here (`ReportingPlan.expects`).
    public var startsOn: CivilDate { CivilDate(startYear, 1, 1) }

    /// The whole cycle, e.g. 2025-01-01…2026-12-31 for a two-year cycle from 2025.
    public func cycle(years: Int) -> ScoringPeriod { .cycle(startYear: startYear, years: years) }

    /// The half-years of the cycle, in order (2025H1, 2025H2, 2026H1, 2026H2).
    public func halfYears(years: Int) -> [Period] {
        Period.range(.half(startYear, 1), through: .half(startYear + max(years, 1) - 1, 2))
    }
}
