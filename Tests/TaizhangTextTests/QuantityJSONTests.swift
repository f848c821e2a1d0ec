import Foundation
import Testing
@testable import TaizhangText

/// The streaming sink writes a quantity straight from its hit and line
/// (`JSONBytes.quantity(_:on:column:into:)`): its bytes must be those of the `Quantity` the
/// in-memory report builds (`Analyzer.quantity`), for every hit the scanner finds.
@Suite struct QuantityJSONTests {
    private static func written(_ write: (inout ByteBuffer) -> Void) -> [UInt8] { ByteBuffer.written(write) }

    /// Checks every quantity of the line; returns how many there were.
    private static func check(_ text: String, number: Int) -> Int {
        let line = LineText(number: number, raw: text.unicodeScalars.map(\.value))
        let hits = QuantityScanner.scan(line)
        for hit in hits {
            let quantity = Analyzer.quantity(hit, line)
            let expected = written { JSONBytes.quantity(quantity, into: &$0) }
            let direct = written { JSONBytes.quantity(hit, on: line, column: quantity.column, into: &$0) }
            #expect(direct == expected, "\(text.prefix(60)) \(hit.start)..<\(hit.end)")
        }
        return hits.count
    }

    @Test func quantitiesOfTheSeedsAndCorpusAreWrittenAsTheirQuantities() throws {
        // Setup
        let texts = try (Fixtures.seeds + Fixtures.corpus("dev").map(\.text)).map { try String(contentsOf: $0, encoding: .utf8) }
        try #require(texts.count > 30)
        var quantities = 0
        for text in texts {
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                // Act / Assert
                quantities += QuantityJSONTests.check(String(line), number: index + 1)
            }
        }
        #expect(quantities > 1000)
    }

    @Test(arguments: ["共有\"引号\"项目12个,\\反斜杠\\资金3212 万元", "组合e\u{301}字符约30余人,增长5.9%", "表情👍🏽后面有14余万人次",
                      "全角数字1 2 3 4万元与下降０.５%", "控制\u{01}字符后有8个\t单位", "𠀀四字节后有7家,近百分之二十",
                      "超过1,000亿元,同比下降3.2个百分点"])
    func unusualLinesAreWrittenAsTheirQuantities(text: String) {
        // Act / Assert
        #expect(QuantityJSONTests.check(text, number: 3) > 0)
    }
}
