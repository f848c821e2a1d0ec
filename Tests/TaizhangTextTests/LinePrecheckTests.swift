import Foundation
import Testing
@testable import TaizhangText

/// The per-line prechecks of the line-local rules (cli8) must skip only lines where the
/// rule finds nothing: each rule with its precheck against the same rule without it, on
/// the seeds, the dev corpus and random lines built from the words the rules look for.
@Suite struct LinePrecheckTests {
    private static func realLines() -> [LineText] {
        Fixtures.realLines().enumerated().map { LineText(number: $0.offset + 1, raw: $0.element) }
    }

    /// Figures, measures, breakdown and total words, brackets, blanks and punctuation.
    private static func randomLines(count: Int) -> [LineText] {
        let pieces = ["共有", "共", "其中", "分别为", "分别是", "包括", "合计", "(", ")", "(", "12", "3", "5", "8", "20", "3.5", "1.2",
                      "人", "名", "位", "万元", "元", "个", "家", "次", "%", "、", ",", "。", ";", "和", "男", "女", "xx", "××", "x",
                      "约", "近", "余", "多", "党员", "项目", "资金", "增长", "占", "其", "中", "分别",
                      // Whole statements, so that the rules have something to find.
                      "共有党员20人,其中男12人、女8人。", "合计15个", "约xx余人", "近××多家", "达xx余万元", "教师16人(在编10人,聘用6人)",
                      "共投入资金500万元,其中财政资金300万元,自筹资金200万元。", "举办培训8期,其中线上5期、线下3期",
                      // Parts whose labels share a tail, then the total named by it (no total word).
                      "一星级22家,二星级30家,星级书屋52家", "市级示范社区3个、县级示范社区5个,示范社区8个。"]
        var state: UInt64 = 1729
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { number in
            let text = (0..<(4 + next(22))).map { _ in pieces[next(pieces.count)] }.joined()
            return LineText(number: number + 1, raw: Array(text.unicodeScalars.map(\.value)))
        }
    }

    @Test func arithmeticPrechecksKeepEveryCheck() {
        // Setup
        let lines = LinePrecheckTests.randomLines(count: 6000) + LinePrecheckTests.realLines()
        var mismatches = 0, checks = 0, parts = 0

        for line in lines {
            let hits = QuantityScanner.scan(line)
            // Act
            let fast = Arithmetic.local(line, hits: hits)
            let slow = Arithmetic.local(line, hits: hits, prechecks: false)
            // Assert
            if fast?.head != slow?.head || fast?.tail != slow?.tail || fast?.ratios != slow?.ratios { mismatches += 1 }
            checks += slow.map { $0.head.count + $0.tail.count } ?? 0
            parts += slow?.head.filter { $0.statement.contains("total") }.count ?? 0
        }
        #expect(checks > 300)
        #expect(parts > 100)
        #expect(mismatches == 0)
    }

    @Test func blankPrecheckKeepsEveryBlank() {
        // Setup
        let lines = LinePrecheckTests.randomLines(count: 6000) + LinePrecheckTests.realLines()
        var mismatches = 0, blanks = 0, skipped = 0

        for line in lines {
            // Act
            let fast = VagueNumbers.blankFigures(line).map { "\($0.start)-\($0.end) \($0.message)" }
            let slow = VagueNumbers.blankFiguresAll(line).map { "\($0.start)-\($0.end) \($0.message)" }
            // Assert
            if fast != slow { mismatches += 1 }
            blanks += slow.count
            if !line.mayHavePlaceholderMarks { skipped += 1 }
        }
        #expect(blanks > 20)
        #expect(skipped > 1000)
        #expect(mismatches == 0)
    }
}
