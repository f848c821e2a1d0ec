import TaizhangDomain

/// SPEC §7 as data: the electronic supervision of time-limited cases (电子监察), the
/// 好差评 ratings with their fix loop, and the window appraisal with its 服务明星 quota.
/// The default ships as `Resources/service-rules-default.json`; every evaluator takes
/// (a part of) the rule set as an argument, so nothing of §7 is a constant in code.
public struct ServiceRuleSet: Codable, Hashable, Sendable {
    public var code: String
    public var name: Term
    public var cases: CaseRules
    public var supervision: OrderRules
    /// The written definition of every rate (办结率, 按时办结率, 提速率 …).
    public var rates: [RateDefinition]
    public var ratings: RatingRules
    public var appraisal: AppraisalRules

    public func rate(_ code: RateDefinition.Code) -> RateDefinition? { rates.first { $0.code == code } }
}

/// SPEC §7 限时办结: which limit the warnings watch, when the yellow card shows, and
/// which abnormalities (异常办件) are flagged.
public struct CaseRules: Codable, Hashable, Sendable {
    public enum Basis: String, Codable, Hashable, Sendable {
        /// The promised limit (承诺时限), never longer than the statutory one.
        case promised
        /// The statutory limit (法定时限) only.
        case statutory
    }

    public var warningBasis: Basis
    /// A yellow card (黄牌) while at most this many working days are left (default 1).
    public var yellowWorkingDays: Int
    public var statuses: [Term]
    public var abnormalities: [AbnormalityRule]

    public func status(_ s: CaseStatus) -> Term {
        statuses.first { $0.code == s.rawValue } ?? Term(s.rawValue, zh: s.rawValue, en: s.rawValue)
    }

    /// The abnormalities switched on, as the set the evaluator tests against.
    public var enabled: Abnormalities {
        Abnormalities(abnormalities.filter(\.enabled).compactMap { Abnormality(rawValue: $0.code) })
    }
}

public struct AbnormalityRule: Codable, Hashable, Sendable {
    public var code: String
    public var zh: String
    public var en: String
    public var enabled: Bool
    public var term: Term { Term(code, zh: zh, en: en) }
}

/// A rate and its written definition (SPEC §7 "rates with written definitions").
public struct RateDefinition: Codable, Hashable, Sendable {
    public enum Code: String, Codable, Hashable, Sendable, CaseIterable {
        case completion, onTime = "on_time", speedUp = "speed_up", promisedSpeedUp = "promised_speed_up"
    }
    public var code: Code
    public var zh: String
    public var en: String
    public var definitionZh: String
    public var definitionEn: String
}
