/// A number with its measure word, as written in the text ("受众达14余万人次").
///
/// `value` is the number as written (14), `unit` the measure including any magnitude
/// (万人次), `multiplier` the magnitude applied (10000) and `normalized` = value × multiplier
/// (140000). Values are as written: 下降5.9% is 5.9 with `change` = "decrease".
public struct Quantity: Codable, Sendable, Hashable {
    public var text: String
    public var value: Double
    public var unit: String
    public var multiplier: Double
    public var normalized: Double
    /// 余, 多, 近, 约, 超, 逾, 以上, 左右, 达 … or nil.
    public var qualifier: String?
    /// The phrase the quantity measures, e.g. "放映公益电影".
    public var subject: String
    public var line: Int
    public var column: Int
    public var document: Int
    /// "increase" / "decrease" for signed changes (同比增长13%, 下降5.9%), else nil.
    public var change: String?

    public init(text: String, value: Double, unit: String, multiplier: Double,
                qualifier: String?, subject: String, line: Int, column: Int,
                document: Int = 1, change: String? = nil) {
        self.text = text
        self.value = value
        self.unit = unit
        self.multiplier = multiplier
        self.normalized = value * multiplier
        self.qualifier = qualifier
        self.subject = subject
        self.line = line
        self.column = column
        self.document = document
        self.change = change
    }
}
