import TaizhangDomain

/// SPEC §4.3 经费管理.
public struct FundRules: Codable, Hashable, Sendable {
    /// The only categories central subsidies may be spent on (six by default).
    public var categories: [Term]
    /// 不得充抵: when enabled, central and local money each have their own budget per line
    /// and an expenditure may use only its own source's budget.
    public var noSubstitution: Toggle
    /// Departments whose approval makes a plan approved (`finance`, `culture`).
    public var requiredReviews: [ReviewDepartment]
    /// Whether an approved plan must also be filed with the national office.
    public var filingRequired: Bool
    public var reportAddressee: String
    public var reportCopiesTo: [String]

    public func category(_ code: String) -> Term? { categories.first { $0.code == code } }
}

/// A rule that can be switched off, with the text that explains it.
public struct Toggle: Codable, Hashable, Sendable {
    public var enabled: Bool
    public var text: Term
}

/// SPEC §4.3/§4.4: the half-year fund usage and self-inspection reports.
public struct HalfYearReportRule: Codable, Hashable, Sendable {
    public var kind: HalfYearReportKind
    public var zh: String
    public var en: String
    public var dueRule: DueRule
    public var copiesTo: [String]
}

/// SPEC §4.4 督导检查.
public struct SupervisionRules: Codable, Hashable, Sendable {
    public var inspectionsPerYear: CountRange
    /// Who receives the written feedback of an inspection (local and provincial government).
    public var feedbackAddressees: [Term]
    public var `extension`: ExtensionRule
    public var closeRequiresEvidence: Bool
}

public struct CountRange: Codable, Hashable, Sendable {
    public var min: Int
    public var max: Int
}

/// SPEC §4.4: extension requests only before the due date, with a reason.
public struct ExtensionRule: Codable, Hashable, Sendable {
    /// Whether a request made on the due date itself is still "before" it (the due day
    /// counts, as with report deadlines).
    public var allowOnDueDay: Bool
    public var reasonRequired: Bool
}

/// SPEC §4.6 信息宣传工作评分.
public struct PublicityRules: Codable, Hashable, Sendable {
    public var base: BaseRule
    /// Highest tier first (50/40/30/20/10 by default).
    public var tiers: [MediaTier]

    public func tier(_ code: String) -> MediaTier? { tiers.first { $0.code == code } }
}

public struct BaseRule: Codable, Hashable, Sendable {
    public var points: Int
    /// What earns it: every periodic report due in the scoring period on time.
    public var text: Term
}

public struct MediaTier: Codable, Hashable, Sendable {
    public var code: String
    public var points: Int
    public var zh: String
    public var en: String
    public var examples: [String]
}
