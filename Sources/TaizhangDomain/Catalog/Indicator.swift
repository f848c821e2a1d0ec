/// A countable thing a unit records (指标): 文艺演出 (场), 受众 (人次), 资金 (万元) …
public struct Indicator: Codable, Hashable, Sendable {
    /// Stable identifier used in the API and in rules, e.g. `performances`.
    public var code: String
    /// Chinese name, e.g. 文艺演出场次.
    public var name: String
    /// English name for the English UI.
    public var nameEn: String
    /// Measure word or unit: 场, 人次, 万元, %.
    public var measureWord: String
    public var aggregation: Aggregation
    public var valueType: ValueType
    /// Work area the indicator belongs to (used for grouping in summaries).
    public var group: String
    /// Verb phrase used when writing the figure into a sentence, e.g. 开展文艺演出.
    public var phrase: String
    /// Other ways documents name this indicator (for importing extracted quantities).
    public var synonyms: [String]
    /// The indicator as the subject of a sentence in official prose, e.g. 文艺演出 for
    /// 文艺演出场次, 文化市场检查 for 检查次数 ("文化市场检查完成全年目标任务的45%").
    /// Optional in stored catalogs; `subjectName` falls back to the name without its
    /// measure suffix.
    public var subject: String?

    public init(code: String, name: String, nameEn: String, measureWord: String,
                aggregation: Aggregation = .sum, valueType: ValueType = .integer,
                group: String, phrase: String, synonyms: [String] = [], subject: String? = nil) {
        self.code = code; self.name = name; self.nameEn = nameEn
        self.measureWord = measureWord; self.aggregation = aggregation
        self.valueType = valueType; self.group = group; self.phrase = phrase
        self.synonyms = synonyms; self.subject = subject
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
}
