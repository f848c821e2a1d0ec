/// The hand-made annotations in Tests/Fixtures/gold (and Tests/Fixtures/corpus).
struct Gold: Decodable {
    struct Placeholder: Decodable { var text: String; var placeholder: String; var occurrence: Int }
    struct MissingNumber: Decodable { var text: String; var measure: String; var occurrence: Int }
    struct Metric: Decodable {
        var text: String
        var value: Double
        var unit: String
        var value_normalized: Double
        var qualifier: String?
        var occurrence: Int
    }
    struct Arithmetic: Decodable { var text: String; var kind: String; var statement: String; var consistent: Bool }
    struct NumberingGap: Decodable { var text: String; var expected: String; var found: String }
    struct Duplicate: Decodable { var first: String; var second: String; var similarity: String }

    var file: String
    var placeholders: [Placeholder]
    var missing_numbers: [MissingNumber]
    var metrics: [Metric]
    var arithmetic: [Arithmetic]
    var numbering_gaps: [NumberingGap]
    var duplicates: [Duplicate]
    var boilerplate: [String]
    var documents: Int
    var outline_top_level: [[String]]
}
