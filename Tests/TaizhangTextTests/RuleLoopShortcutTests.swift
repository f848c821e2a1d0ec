import Foundation
import Testing
@testable import TaizhangText

/// The rewritten loops of the rules (cli10) must answer as the loops they replace: the bar
/// test of `framesBars` over the raw buffer and `Ratios.compatible` by bytes — on every line
/// of the seeds and the dev corpus and on random lines and words built from what they read.
@Suite struct RuleLoopShortcutTests {
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    private static func realLines() -> [LineText] {
        Fixtures.realLines().enumerated().map { LineText(number: $0.offset + 1, raw: $0.element) }
    }

    /// Digits, brackets, 、, clause ends, spaces and bars.
    private static func randomLines(count: Int) -> [LineText] {
        let pieces = ["1", "2", "12", "2023", "1.5", "3、", "12、", "(1)", "(2)", "(10)", "①", "②", "。", ";", ":", ",", "、",
                      "年", "万元", "工作", "开展", "|", " | ", "  ", "１", "２、", "(", ")", "一是", "x"]
        var generator = Generator(state: 4242)
        return (0..<count).map { number in
            let text = (0..<(2 + generator.next(30))).map { _ in pieces[generator.next(pieces.count)] }.joined()
            return LineText(number: number + 1, raw: Array(text.unicodeScalars.map(\.value)))
        }
    }

    /// `framesBars` as it was written: the bounds-checked subscript over the range.
    private static func framesBarsBySubscript(_ line: LineText, _ start: Int, _ end: Int) -> Bool {
        var tail = end
        while tail > start, line[tail - 1] == 0x7C || line.cls(tail - 1).contains(.space) { tail -= 1 }
        guard tail - start >= 20 else { return false }
        return !(start..<tail).contains { line[$0] == 0x7C }
    }

    @Test func framesBarsAnswersAsTheSubscriptScan() {
        // Setup
        let lines = RuleLoopShortcutTests.randomLines(count: 3000) + RuleLoopShortcutTests.realLines()
        var mismatches = 0, framed = 0, unframed = 0

        for line in lines {
            // Ranges: the content, the whole line, cut at both ends, and one past the end.
            for (start, end) in [(line.contentStart, line.count), (0, line.count), (2, max(2, line.count - 3)), (line.contentStart, line.count + 2)] {
                // Act
                let fast = BoilerplateRule.framesBars(line, start, end)
                let slow = RuleLoopShortcutTests.framesBarsBySubscript(line, start, end)
                // Assert
                if fast != slow { mismatches += 1 }
                if slow { framed += 1 } else if end - start >= 20 { unframed += 1 }
            }
        }
        #expect(framed > 1000)
        #expect(unframed > 100)
        #expect(mismatches == 0)
    }

    /// Measures of the seeds and the dev corpus, with 次 added, and words that are not plain.
    private static func measures() -> [String] {
        var found = Set<String>()
        for line in RuleLoopShortcutTests.realLines() {
            for hit in QuantityScanner.scan(line) { found.insert(hit.measure) }
        }
        let odd = ["\u{F98E}", "\u{F98E}次", "年", "年次", "e\u{301}", "é", "é次", "\u{AC00}", "\u{1100}\u{1161}", "次", "", "次次", "个\u{302A}"]
        return found.sorted() + found.sorted().map { $0 + "次" } + odd
    }

    private static func hit(measure: String) -> QuantityHit {
        let number = ParsedNumber(value: 3, start: 0, end: 1, decimals: 0, isChinese: false)
        return QuantityHit(number: number, start: 0, end: 2, unit: measure, measure: measure, qualifier: nil,
                           prefixQualifier: nil, postQualifier: nil, change: nil, subject: .empty)
    }

    @Test func compatibleByBytesAnswersAsStringEquality() {
        // Setup
        let hits = RuleLoopShortcutTests.measures().map(RuleLoopShortcutTests.hit(measure:))
        var mismatches = 0, compatible = 0, incompatible = 0

        for a in hits {
            for b in hits {
                // Act
                let fast = Ratios.compatible(a, b)
                let slow = Ratios.compatibleByStrings(a, b)
                // Assert
                if fast != slow { mismatches += 1 }
                if slow { compatible += 1 } else { incompatible += 1 }
            }
        }
        #expect(hits.count > 100)
        #expect(compatible > hits.count)
        #expect(incompatible > 1000)
        #expect(mismatches == 0)
    }
}
