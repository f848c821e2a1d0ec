import Testing
@testable import TaizhangDocument

/// The formatter table: value, measure word, qualifier → what an official writes.
struct QuantityFormatterTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let value: Double
        let measure: String
        let qualifier: Qualifier?
        let expected: String
        init(_ value: Double, _ measure: String, _ expected: String) {
            (self.value, self.measure, self.qualifier, self.expected) = (value, measure, nil, expected)
        }
        init(_ value: Double, _ measure: String, _ qualifier: Qualifier, _ expected: String) {
            (self.value, self.measure, self.qualifier, self.expected) = (value, measure, qualifier, expected)
        }
        var testDescription: String { "\(value) \(measure) \(qualifier?.rawValue ?? "exact") → \(expected)" }
    }

    static let cases: [Case] = [
        // Integers below 10,000 stay plain.
        Case(71, "场", "71场"),
        Case(0, "场", "0场"),
        Case(9_999, "人次", "9999人次"),
        Case(3.5, "小时", "3.5小时"),
        Case(2.456, "公里", "2.46公里"),
        // From 10,000: 万 with up to two decimals, trimmed.
        Case(10_000, "人次", "1万人次"),
        Case(140_000, "人次", "14万人次"),
        Case(145_328, "人次", "14.53万人次"),
        Case(120_000, "人次", "12万人次"),
        Case(12_500, "册", "1.25万册"),
        Case(99_999_999, "人次", "1亿人次"),
        Case(99_940_000, "人次", "9994万人次"),
        // From 10⁸: 亿.
        Case(123_000_000, "人次", "1.23亿人次"),
        // Approximate totals: 余 before 万 for whole 万, after it for decimals; rounded down.
        Case(140_523, "人次", .yu, "14余万人次"),
        Case(149_999, "人次", .yu, "14余万人次"),
        Case(12_345, "人次", .yu, "1.2万余人次"),
        Case(10_000, "人次", .yu, "1万余人次"),
        Case(21_000, "人次", .yu, "2.1万余人次"),
        Case(12_345, "人次", .duo, "1.2万多人次"),
        Case(140_523, "人次", .duo, "14万多人次"),
        Case(140_523, "人次", .yiShang, "14万人次以上"),
        Case(140_523, "人次", .yue, "约14.1万人次"),
        Case(145_328, "人次", .jin, "近15万人次"),
        Case(12_345, "人次", .jin, "近1.3万人次"),
        Case(250_000_000, "元", .yu, "2.5亿余元"),
        // Approximate small values keep two significant digits.
        Case(71, "场", .yu, "70余场"),
        Case(70, "场", .yu, "70余场"),
        Case(1_234, "人次", .yu, "1200余人次"),
        Case(15, "场", .yu, "10余场"),
        Case(8, "场", .yu, "8场以上"),
        Case(1_234, "人次", .duo, "1200多人次"),
        Case(68, "场", .jin, "近70场"),
        Case(1_250, "人次", .yue, "约1300人次"),
        Case(4.4, "小时", .yue, "约4.4小时"),
        Case(1_234, "人次", .yiShang, "1200人次以上"),
        // Money already in 万元 stays in 万元, to the yuan.
        Case(79.503, "万元", "79.503万元"),
        Case(36.92, "万元", "36.92万元"),
        Case(0.5, "万元", "0.5万元"),
        Case(12_000, "万元", "12000万元"),
        Case(79.503, "万元", .yu, "79余万元"),
        Case(7.95, "万元", .yu, "7.9万余元"),
        // Money in 元 moves to 万元 from 10,000.
        Case(8_500, "元", "8500元"),
        Case(35_000, "元", "3.5万元"),
        // Percentages: one decimal, trimmed.
        Case(13.45, "%", "13.5%"),
        Case(79, "%", "79%"),
        Case(59.16666, "%", "59.2%"),
        Case(85.25, "%", .yue, "约85.3%"),
        Case(99.5, "%", .yiShang, "99.5%以上"),
        Case(89.2, "%", .jin, "近90%"),
    ]

    @Test(arguments: cases)
    func formats(_ c: Case) {
        let text = QuantityFormatter.format(c.value, measureWord: c.measure, qualifier: c.qualifier)
        #expect(text == c.expected)
    }

    @Test(arguments: [
        (Qualifier?.none, Qualifier?.none, Qualifier?.none),
        (.yu, nil, .yu), (.duo, .yu, .yu), (.yiShang, nil, .yu),
        (.yue, nil, .yue), (.jin, .yu, .yue),
    ])
    func combinesQualifiersOfASum(_ a: Qualifier?, _ b: Qualifier?, _ expected: Qualifier?) {
        #expect(Qualifier.combine([a, b, nil]) == expected)
    }

    @Test func lowerBoundQualifiersNeverOverstate() {
        // For every approximate 余 display, the number read back is ≤ the true value.
        for value in stride(from: 10.0, through: 2_000_000, by: 7_919.3) {
            let text = QuantityFormatter.format(value, measureWord: "人次", qualifier: .yu)
            let shown = QuantityParser.value(in: text) ?? .infinity
            #expect(shown <= value, "\(text) overstates \(value)")
        }
    }
}
