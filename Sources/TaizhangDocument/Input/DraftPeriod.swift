/// The period a summary covers. The server passes its own period; the
/// factories below give the conventional Chinese wording.
public struct DraftPeriod: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case halfYear
        case year
        case quarter
    }

    public var kind: Kind
    public var year: Int
    /// 1 or 2 for half-years, 1…4 for quarters, 1 for a year.
    public var part: Int
    /// "2024年上半年", "2024年", "2024年第一季度" — goes into the title.
    public var label: String
    /// The word that opens figures in the body: "上半年", "今年", "一季度".
    public var prefix: String

    public init(kind: Kind, year: Int, part: Int, label: String, prefix: String) {
        self.kind = kind
        self.year = year
        self.part = part
        self.label = label
        self.prefix = prefix
    }

    public static func halfYear(_ year: Int, first: Bool = true) -> DraftPeriod {
        let half = first ? "上半年" : "下半年"
        return DraftPeriod(kind: .halfYear, year: year, part: first ? 1 : 2, label: "\(year)年\(half)", prefix: half)
    }

    public static func year(_ year: Int) -> DraftPeriod {
        DraftPeriod(kind: .year, year: year, part: 1, label: "\(year)年", prefix: "今年")
    }

    public static func quarter(_ year: Int, _ quarter: Int) -> DraftPeriod {
        let q = ChineseNumerals.string(quarter)
        return DraftPeriod(kind: .quarter, year: year, part: quarter, label: "\(year)年第\(q)季度", prefix: "\(q)季度")
    }

    /// Share of an annual target that should be done by the period's end
    /// (序时进度): half a year → 50%, third quarter → 75%.
    public var expectedAnnualShare: Double {
        switch kind {
        case .halfYear: part == 1 ? 0.5 : 1
        case .year: 1
        case .quarter: Double(min(max(part, 1), 4)) / 4
        }
    }

    /// The heading of the closing plans section.
    public var plansHeading: String {
        switch kind {
        case .halfYear where part == 1: "下半年工作打算"
        case .halfYear, .year: "\(year + 1)年工作打算"
        case .quarter: "下一步工作打算"
        }
    }
}
