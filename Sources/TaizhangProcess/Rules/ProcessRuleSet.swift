import TaizhangDomain

/// SPEC §4 as data: the Ministry of Culture's process-management rules for demonstration
/// zones and projects. The default ships as `Resources/process-rules-default.json`; an admin
/// edits a copy for another province's variant, and every evaluator takes the rule set as
/// an argument, so nothing of §4 is a constant in code.
public struct ProcessRuleSet: Codable, Hashable, Sendable {
    public var code: String
    public var name: Term
    /// Length of a creation cycle (创建周期) in years.
    public var cycleYears: Int
    public var kinds: KindRules
    public var leadingGroup: LeadingGroupRules
    public var funds: FundRules
    public var halfYearReports: [HalfYearReportRule]
    public var supervision: SupervisionRules
    public var publicity: PublicityRules
    /// The basic process requirements, each counted in compliance and/or vetoing (§4.7).
    public var requirements: [RequirementRule]
    public var acceptance: AcceptanceRules
    public var rubrics: [RubricTemplate]

    public func kind(_ kind: CreationKind) -> KindRule { kind == .zone ? kinds.zone : kinds.project }
    public func halfYearReport(_ kind: HalfYearReportKind) -> HalfYearReportRule? { halfYearReports.first { $0.kind == kind } }
    public func requirement(_ code: String) -> RequirementRule? { requirements.first { $0.code == code } }
    public func rubric(_ code: String) -> RubricTemplate? { rubrics.first { $0.code == code } }
}

/// The rules that differ between zones and projects.
public struct KindRules: Codable, Hashable, Sendable {
    public var zone: KindRule
    public var project: KindRule
}

public struct KindRule: Codable, Hashable, Sendable {
    /// The unit flag that marks this kind (selects its reporting plans).
    public var flag: UnitFlag
    /// SPEC §4.2: the national office's liaison meetings — quarterly for zones, half-yearly for projects.
    public var liaisonMeetingEvery: Period.Kind
    /// SPEC §4.6: zones are scored every half-year, projects once per cycle.
    public var scoring: ScoringCadence
    /// SPEC §4.6: after a zone is scored its count resets (each window counts only its own adoptions).
    public var resetsAfterScoring: Bool
    /// SPEC §4.5: the report types of the reporting plans (`ReportingPlan.defaults()`) that
    /// make up this kind's information reporting and decide the publicity base.
    public var informationReportTypes: [String]
}

public enum ScoringCadence: String, Codable, Hashable, Sendable {
    case halfYear = "half_year", cycle
}

public struct LeadingGroupRules: Codable, Hashable, Sendable {
    /// 组长, 副组长, 成员 (codes `leader`, `deputy`, `member`).
    public var roles: [Term]
    /// SPEC §4.1 定期例会: regular meetings a group holds at least each year.
    public var minRegularMeetingsPerYear: Int
}
