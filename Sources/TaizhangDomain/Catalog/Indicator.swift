/// A countable thing a unit records (指标): 文艺演出 (场), 受众 (人次), 资金 (万元) …
/// Its semantics decide every figure built from it: `aggregation` over time within a unit,
/// `rollUp` across units, `range` for any single value (SPEC §2 Indicator).
public struct Indicator: Codable, Hashable, Sendable {
    /// Stable identifier used in the API and in rules, e.g. `performances`.
    public var code: String
    /// Chinese name, e.g. 文艺演出场次.
    public var name: String
    /// English name for the English UI.
    public var nameEn: String
    /// Measure word or unit: 场, 人次, 万元, %.
    public var measureWord: String
    /// How a unit's values over a period combine (sum of events, latest of a stock …).
    public var aggregation: Aggregation
    /// How units' figures combine into their parent's (sum, weighted mean for rates …).
    public var rollUp: RollUp
    /// For `rollUp == .weightedMean`: the indicator whose per-unit figure weighs each unit's
    /// rate (the rate's denominator, e.g. the number of communities for a coverage rate).
    public var weightBy: String?
    public var valueType: ValueType
    /// The values a single record may take (a rate 0–100); nil: any non-negative value.
    public var range: ValueRange?
    /// Work area the indicator belongs to (used for grouping in summaries).
    public var group: String
    /// Verb phrase used when writing the figure into a sentence, e.g. 开展文艺演出.
    public var phrase: String
    /// Other ways documents name this indicator (for importing extracted quantities).
    public var synonyms: [String]
    /// Retired indicators stay (old records name them) but take no new values.
    public var retired: Bool
    /// The indicator as the subject of a sentence in official prose, e.g. 文艺演出 for
    /// 文艺演出场次, 文化市场检查 for 检查次数 ("文化市场检查完成全年目标任务的45%").
    /// Optional in stored catalogs; `subjectName` falls back to the name without its
    /// measure suffix.
    public var subject: String?

    public init(code: String, name: String, nameEn: String, measureWord: String,
                aggregation: Aggregation = .sum, rollUp: RollUp? = nil, weightBy: String? = nil,
                valueType: ValueType = .integer, range: ValueRange? = nil,
                group: String, phrase: String, synonyms: [String] = [], retired: Bool = false, subject: String? = nil) {
        self.code = code; self.name = name; self.nameEn = nameEn
        self.measureWord = measureWord; self.aggregation = aggregation
        self.rollUp = rollUp ?? .inferred(measureWord: measureWord, aggregation: aggregation)
        self.weightBy = weightBy
        self.valueType = valueType
        self.range = range ?? (measureWord == "%" ? .percent : nil)
        self.group = group; self.phrase = phrase
        self.synonyms = synonyms; self.retired = retired; self.subject = subject
    }

    /// `subject`, or the name without a trailing measure suffix (件数, 场次, 人次 …).
    public var subjectName: String {
        if let subject, !subject.isEmpty { return subject }
        for suffix in Self.measureSuffixes where name.hasSuffix(suffix) && name.count > suffix.count {
            return String(name.dropLast(suffix.count))
        }
        return name
    }

    /// True when `name` is a statistics label that prose must not print as such
    /// ("收缴非法出版物件数"): it differs from the subject and is not part of the phrase.
    public var nameIsRaw: Bool { name != subjectName && !phrase.contains(name) }

    static let measureSuffixes = ["人次", "场次", "次数", "人数", "件数", "册数", "份数", "条数", "期数", "项数", "册次", "家次", "起数", "数"]

    public enum ValueType: String, Codable, Sendable, CaseIterable {
        /// Counts: 场, 人次, 起. Must be whole and non-negative.
        case integer
        /// Amounts and rates: 万元, %.
        case decimal
    }

    /// Definitions stored before roll-ups, ranges and retirement were declared decode with
    /// the inferred defaults, so an existing catalog keeps working.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let measure = try c.decode(String.self, forKey: .measureWord)
        let aggregation = try c.decodeIfPresent(Aggregation.self, forKey: .aggregation) ?? .sum
        self.init(code: try c.decode(String.self, forKey: .code), name: try c.decode(String.self, forKey: .name),
                  nameEn: try c.decode(String.self, forKey: .nameEn), measureWord: measure, aggregation: aggregation,
                  rollUp: try c.decodeIfPresent(RollUp.self, forKey: .rollUp),
                  weightBy: try c.decodeIfPresent(String.self, forKey: .weightBy),
                  valueType: try c.decodeIfPresent(ValueType.self, forKey: .valueType) ?? .integer,
                  range: try c.decodeIfPresent(ValueRange.self, forKey: .range),
                  group: try c.decode(String.self, forKey: .group), phrase: try c.decode(String.self, forKey: .phrase),
                  synonyms: try c.decodeIfPresent([String].self, forKey: .synonyms) ?? [],
                  retired: try c.decodeIfPresent(Bool.self, forKey: .retired) ?? false,
                  subject: try c.decodeIfPresent(String.self, forKey: .subject))
    }
}

/// The closed range a single value must lie in.
public struct ValueRange: Codable, Hashable, Sendable {
    public var min: Double
    public var max: Double
    public init(min: Double, max: Double) { self.min = min; self.max = max }

    /// A percentage: 0–100.
    public static let percent = ValueRange(min: 0, max: 100)
    public func contains(_ v: Double) -> Bool { min <= v && v <= max }
}
