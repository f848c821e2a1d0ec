/// The kinds of problems the checker reports. Raw values are the stable identifiers
/// used in JSON and on the command line; they stay in English.
public enum FindingKind: String, Codable, Sendable, CaseIterable {
    case placeholder
    case missingNumber = "missing-number"
    case doubledQualifier = "doubled-qualifier"
    case arithmetic
    case numbering
    case duplicate
    case boilerplate
    case year
}

/// How serious a finding is; `--fail-on` compares against this order.
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    case info
    case warning
    case error

    var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
