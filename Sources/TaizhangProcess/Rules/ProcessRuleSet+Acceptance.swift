import TaizhangDomain

/// SPEC §4.7: a basic process requirement. `inCompliance`: it counts in the process
/// compliance part; `veto`: failing it fails acceptance outright (一票否决).
public struct RequirementRule: Codable, Hashable, Sendable {
    public var code: String
    public var zh: String
    public var en: String
    public var inCompliance: Bool
    public var veto: Bool

    public var term: Term { Term(code, zh: zh, en: en) }
}

/// SPEC §4.7 验收: a weighted indicator system and the pass mark.
public struct AcceptanceRules: Codable, Hashable, Sendable {
    public var indicators: [AcceptanceIndicator]
    public var passThreshold: Double
}

public struct AcceptanceIndicator: Codable, Hashable, Sendable {
    public enum Source: String, Codable, Hashable, Sendable {
        /// The publicity score (§4.6), capped at `fullMarks`.
        case publicity
        /// Share of the compliance requirements met (§4.1–4.5).
        case processCompliance = "process_compliance"
        /// A score the assessors enter (e.g. facility network), on `fullMarks`.
        case input
    }

    public var code: String
    public var zh: String
    public var en: String
    public var weight: Double
    public var source: Source
    public var fullMarks: Double
}
