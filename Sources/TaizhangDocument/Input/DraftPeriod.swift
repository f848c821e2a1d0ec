/// The period a summary covers. The server passes its own period; the
/// factories below give the conventional Chinese wording.
public struct DraftPeriod: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case halfYear
        case year
        case quarter
        case month
    }

    public var kind: Kind
    public var year: Int
    /// 1 or 2 for half-years, 1…4 for quarters, 1…12 for months, 1 for a year.
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

    public static func month(_ year: Int, _ month: Int) -> DraftPeriod {
        DraftPeriod(kind: .month, year: year, part: month, label: "\(year)年\(month)月", prefix: "\(month)月")
    }

    /// The period after this one, whose work "下一步工作打算" plans: the second half
    /// after the first, the next year's first half after the second, and so on.
    public var following: DraftPeriod {
        switch kind {
        case .halfYear: part == 1 ? .halfYear(year, first: false) : .halfYear(year + 1)
        case .year: .year(year + 1)
        case .quarter: part == 4 ? .quarter(year + 1, 1) : .quarter(year, part + 1)
        case .month: part == 12 ? .month(year + 1, 1) : .month(year, part + 1)
        }
    }

    /// First and last month of the period (1…12).
    public var months: ClosedRange<Int> {
        switch kind {
        case .halfYear: part == 1 ? 1...6 : 7...12
        case .year: 1...12
        case .quarter: (3 * part - 2)...(3 * part)
        case .month: part...part
        }
    }

    public func contains(_ date: DocDate) -> Bool { date.year == year && months.contains(date.month) }

    /// The name of the following period as a plans heading says it: "下半年",
    /// "2025年上半年", "下一季度", "下月".
    public var followingName: String {
        switch kind {
        case .halfYear where part == 1: "下半年"
        case .halfYear: "\(year + 1)年上半年"
        case .year: "\(year + 1)年"
        case .quarter: "下一季度"
        case .month: "下月"
        }
    }

    /// Share of an annual target that should be done by the period's end
    /// (序时进度) when the server did not state it: half a year → 50%, third quarter → 75%.
    public var expectedAnnualShare: Double {
        switch kind {
        case .halfYear: part == 1 ? 0.5 : 1
        case .year: 1
        case .quarter: Double(min(max(part, 1), 4)) / 4
        case .month: Double(min(max(part, 1), 12)) / 12
        }
    }

    /// The heading of the closing plans section.
    public var plansHeading: String { followingName + "工作打算" }
}
