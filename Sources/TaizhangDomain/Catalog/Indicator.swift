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

    public init(code: String, name: String, nameEn: String, measureWord: String,
                aggregation: Aggregation = .sum, valueType: ValueType = .integer,
                group: String, phrase: String, synonyms: [String] = []) {
        self.code = code; self.name = name; self.nameEn = nameEn
        self.measureWord = measureWord; self.aggregation = aggregation
        self.valueType = valueType; self.group = group; self.phrase = phrase
        self.synonyms = synonyms
    }

    public enum ValueType: String, Codable, Sendable, CaseIterable {
        /// Counts: 场, 人次, 起. Must be whole and non-negative.
        case integer
        /// Amounts and rates: 万元, %.
        case decimal
    }
}
