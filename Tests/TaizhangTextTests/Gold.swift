import Foundation

/// The hand-made annotations in Tests/Fixtures/gold and Tests/Fixtures/corpus/{dev,test}
/// (schema: Tests/Fixtures/gold/README.md). Keys missing from a file read as empty, so
/// an annotator may leave out a category the text has nothing of.
struct Gold: Decodable {
    struct Placeholder: Decodable { var text: String; var placeholder: String; var occurrence: Int? }
    struct MissingNumber: Decodable { var text: String; var measure: String; var occurrence: Int? }
    struct DoubledQualifier: Decodable { var text: String; var occurrence: Int? }
    struct Metric: Decodable {
        var text: String
        var value: Double
        var unit: String
        var value_normalized: Double
        var qualifier: String?
        var occurrence: Int?
    }
    struct Arithmetic: Decodable { var text: String; var kind: String; var statement: String; var consistent: Bool }
    struct NumberingGap: Decodable { var text: String; var expected: String; var found: String }
    struct Duplicate: Decodable { var first: String; var second: String; var similarity: String? }

    var file: String
    var placeholders: [Placeholder]
    var missing_numbers: [MissingNumber]
    var doubled_qualifiers: [DoubledQualifier]
    var metrics: [Metric]
    var arithmetic: [Arithmetic]
    var numbering_gaps: [NumberingGap]
    var duplicates: [Duplicate]
    var boilerplate: [String]
    var documents: Int
    var outline_top_level: [[String]]

    enum CodingKeys: String, CodingKey {
        case file, placeholders, missing_numbers, doubled_qualifiers, metrics, arithmetic, numbering_gaps, duplicates,
             boilerplate, documents, outline_top_level
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        file = try c.decodeIfPresent(String.self, forKey: .file) ?? ""
        placeholders = try c.decodeIfPresent([Placeholder].self, forKey: .placeholders) ?? []
        missing_numbers = try c.decodeIfPresent([MissingNumber].self, forKey: .missing_numbers) ?? []
        doubled_qualifiers = try c.decodeIfPresent([DoubledQualifier].self, forKey: .doubled_qualifiers) ?? []
        metrics = try c.decodeIfPresent([Metric].self, forKey: .metrics) ?? []
        arithmetic = try c.decodeIfPresent([Arithmetic].self, forKey: .arithmetic) ?? []
        numbering_gaps = try c.decodeIfPresent([NumberingGap].self, forKey: .numbering_gaps) ?? []
        duplicates = try c.decodeIfPresent([Duplicate].self, forKey: .duplicates) ?? []
        boilerplate = try c.decodeIfPresent([String].self, forKey: .boilerplate) ?? []
        documents = try c.decodeIfPresent(Int.self, forKey: .documents) ?? 1
        outline_top_level = try c.decodeIfPresent([[String]].self, forKey: .outline_top_level) ?? []
    }
}
