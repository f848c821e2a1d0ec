import Foundation
import Testing
@testable import TaizhangText

/// A quantity's subject is kept as the line's scalars and bounds (`SubjectText`) and built as
/// a String only when read: it must be the String `line.string(range)` of the phrase's range,
/// as it was built before, for every hit the scanner finds.
@Suite struct SubjectTests {
    /// Checks every quantity of the line; returns how many there were.
    private static func check(_ text: String, number: Int) -> Int {
        let line = LineText(number: number, raw: text.unicodeScalars.map(\.value))
        let hits = QuantityScanner.scan(line)
        for hit in hits {
            let eager = line.string(Subject.range(line, for: hit))
            // Act / Assert
            #expect(Subject.phrase(line, for: hit).string == eager, "\(text.prefix(60)) \(hit.start)")
        }
        // Any range, also empty, reversed-out, past the end or across removed spaces.
        // (`rawBounds` needs a lower bound not past the end, as every caller has.)
        let count = line.count
        for (lower, upper) in [(0, count), (-2, 3), (count - 1, count + 4), (min(2, count), min(2, count)), (min(1, count), count - 1), (count, count)]
        where lower <= upper && lower <= count {
            #expect(SubjectText(line, lower..<upper).string == line.string(lower..<upper), "\(text.prefix(60)) \(lower)..<\(upper)")
        }
        return hits.count
    }

    @Test func subjectsOfTheSeedsAndCorpusAreTheirPhrases() throws {
        // Setup
        let texts = try (Fixtures.seeds + Fixtures.corpus("dev").map(\.text)).map { try String(contentsOf: $0, encoding: .utf8) }
        try #require(texts.count > 30)
        var quantities = 0
        for text in texts {
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                quantities += SubjectTests.check(String(line), number: index + 1)
            }
        }
        #expect(quantities > 1000)
    }

    @Test(arguments: ["累计放映 公益 电影 1526场", "两次监测的所有项目3个", "资金 3212 万元", "衛(wèi)生院12家",
                      "组合e\u{301}字符项目30余个", "表情👍🏽后面的人数14万人次", "12个"])
    func subjectsOfUnusualLinesAreTheirPhrases(text: String) {
        // Act / Assert
        #expect(SubjectTests.check(text, number: 1) > 0)
    }
}
