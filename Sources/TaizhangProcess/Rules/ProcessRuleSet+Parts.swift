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
    /// A half-year's report reports on the half-year: filed only once it has ended (true
    /// unless an admin's rule set says otherwise).
    public var fileAfterPeriodEnd: Bool

    private enum CodingKeys: String, CodingKey { case kind, zh, en, dueRule, copiesTo, fileAfterPeriodEnd }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(HalfYearReportKind.self, forKey: .kind)
        zh = try c.decode(String.self, forKey: .zh); en = try c.decode(String.self, forKey: .en)
        dueRule = try c.decode(DueRule.self, forKey: .dueRule); copiesTo = try c.decode([String].self, forKey: .copiesTo)
        fileAfterPeriodEnd = try c.decodeIfPresent(Bool.self, forKey: .fileAfterPeriodEnd) ?? true
    }

    /// The report's title for a half-year: "2025年上半年经费使用情况报告" — the rule's name
    /// says 半年 once; after a half-year's label it would say it twice.
    public func title(for period: Period) -> String {
        let label = period.chineseLabel
        return label + (label.hasSuffix("半年") && zh.hasPrefix("半年") ? String(zh.dropFirst(2)) : zh)
    }

    /// "H1 2025 fund usage report".
    public func titleEn(for period: Period) -> String {
        "\(period.englishLabel) " + (en.hasPrefix("Half-year ") ? String(en.dropFirst(10)) : en)
    }

    /// Why a report for `period` may not be filed on `day` (nil: it may): a half-year that
    /// has not ended yet, when `fileAfterPeriodEnd`.
    public func filingRefusal(period: Period, on day: CivilDate) -> DomainError? {
        guard fileAfterPeriodEnd, day <= period.end else { return nil }
        return DomainError("period_not_ended", zh: "\(period.chineseLabel)尚未结束，\(title(for: period))须在\(period.end.chinese)之后报送",
                           en: "\(period.englishLabel) has not ended: its report can be filed after \(period.end)", field: "period")
    }
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

    /// The tiers whose outlet list names `outlet` (compared without spaces, 《》 or quotes):
    /// the tier of a listed outlet is data, not the recorder's choice.
    public func tiers(listing outlet: String) -> [MediaTier] {
        let key = MediaTier.normalized(outlet)
        return tiers.filter { $0.outlets.contains { MediaTier.normalized($0) == key } }
    }
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
    /// The outlets of this tier (SPEC §4.6 lists them by name). An adoption by a listed
    /// outlet must carry this tier; an unlisted outlet needs a supervisor's choice with a
    /// reason. Rule sets stored before outlets were listed fall back to `examples`.
    public var outlets: [String]

    public init(code: String, points: Int, zh: String, en: String, examples: [String], outlets: [String]? = nil) {
        self.code = code; self.points = points; self.zh = zh; self.en = en; self.examples = examples
        self.outlets = outlets ?? examples
    }

    private enum CodingKeys: String, CodingKey { case code, points, zh, en, examples, outlets }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let examples = try c.decodeIfPresent([String].self, forKey: .examples) ?? []
        self.init(code: try c.decode(String.self, forKey: .code), points: try c.decode(Int.self, forKey: .points),
                  zh: try c.decode(String.self, forKey: .zh), en: try c.decode(String.self, forKey: .en), examples: examples,
                  outlets: try c.decodeIfPresent([String].self, forKey: .outlets))
    }

    static func normalized(_ name: String) -> String {
        String(name.filter { !" \u{3000}《》〈〉“”\"'".contains($0) })
    }
}
