import Foundation
import Testing
@testable import TaizhangText

/// The shortcuts of the CLI speed work (cli3) must give the answers of the slow paths they
/// replace: the Lexicon's bitset filters and candidate skips versus a plain longest match,
/// scalar search on plain text versus Foundation, and byte comparison versus `==`.
@Suite struct ScalarSearchTests {
    /// A deterministic pseudo-random sequence (no seed from the clock: failures repeat).
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    private static let words = ["下载", "下载文档", "本站", "本文由", "万", "万元", "亿元", "共", "共计", "以及", "和"]
    /// The words' letters and a few others, so that lines hold partial words often.
    private static let alphabet = Array(Set(words.joined().unicodeScalars.map(\.value))).sorted()
        + [U.s("的"), U.s("文"), U.s("。"), U.s("、"), 0x41, 0x20]

    private static func randomLines(count: Int) -> [[UInt32]] {
        var generator = Generator(state: 2026)
        return (0..<count).map { _ in
            (0..<(1 + generator.next(24))).map { _ in alphabet[generator.next(alphabet.count)] }
        }
    }

    /// The longest word starting at `index`, by comparing every word.
    private static func bruteForcePrefix(_ words: [[UInt32]], _ line: [UInt32], _ index: Int) -> Int {
        words.filter { index + $0.count <= line.count && Array(line[index..<(index + $0.count)]) == $0 }.map(\.count).max() ?? 0
    }

    @Test func lexiconFiltersAndSkipsFindEveryWord() {
        // Setup
        let lexicon = Lexicon(ScalarSearchTests.words)
        let words = ScalarSearchTests.words.map { [UInt32](literal: $0) }
        var mismatches = 0, skipped = 0, matches = 0

        // Act: every position of many lines, probed directly and reached by skipping.
        for line in ScalarSearchTests.randomLines(count: 400) {
            var candidate = 0
            for index in 0..<line.count {
                let expected = ScalarSearchTests.bruteForcePrefix(words, line, index)
                if lexicon.prefix(in: line, at: index) != expected { mismatches += 1 }
                if expected > 0 { matches += 1 }
                if index >= candidate { candidate = lexicon.nextCandidate(in: line, from: index, to: line.count) }
                if expected > 0 && candidate != index { skipped += 1 }
            }
        }

        // Assert
        #expect(matches > 100)
        #expect(mismatches == 0)
        #expect(skipped == 0)
    }

    @Test func scalarSearchOnPlainTextIsFoundationsSearch() {
        // Setup
        let joiners = ["以及", "和", "共计"]
        var compared = 0, found = 0

        for scalars in ScalarSearchTests.randomLines(count: 300) {
            let line = LineText(number: 1, raw: scalars)
            guard let bounds = line.rawBounds(0..<line.count) else { continue }
            let text = line.string(0..<line.count)
            for joiner in joiners {
                // Act
                let byScalars = line.rawFirstIndex(of: [UInt32](literal: joiner), in: bounds)
                let byFoundation = text.range(of: joiner).map { text.unicodeScalars.distance(from: text.startIndex, to: $0.lowerBound) }
                // Assert
                #expect(line.isPlain(raw: bounds))
                #expect(byScalars.map { $0 - bounds.lowerBound } == byFoundation)
                compared += 1
                if byFoundation != nil { found += 1 }
            }
        }
        #expect(compared > 500)
        #expect(found > 50)
    }

    @Test(arguments: [0x0301, 0x302A, 0xFF9E, 0x0D, 0x1F600, 0xF98E, 0x3099])
    func scalarsThatCombineOrDecomposeAreNotPlain(scalar: Int) {
        // Setup: a letter, then the scalar, inside ordinary text.
        let line = LineText(number: 1, raw: [U.s("甲"), UInt32(scalar), U.s("和"), U.s("乙")])
        // Act / Assert: such text keeps Foundation's search.
        #expect(!line.isPlain(raw: 0..<line.raw.count))
    }

    @Test(arguments: ["%", "‰", "达", "万元", "", "%%", "达到", "％"])
    func byteComparisonIsEqualityForTheLiterals(text: String) {
        #expect(QuantityHit.isExactly(text, "%") == (text == "%"))
        #expect(QuantityHit.isExactly(text, "‰") == (text == "‰"))
        #expect(QuantityHit.isExactly(text, "达") == (text == "达"))
    }

    @Test func namedListSplitsAgreeWithFoundationOnPlainText() {
        // Setup: lists with the joiners at the end and inside items.
        let texts = ["消防、交通和饮食", "甲、乙以及丙和丁", "党风和廉政、作风", "一、二及三与四", "A、B", "甲、乙、", "和、及与"]
        for text in texts {
            let line = LineText(number: 1, raw: text.unicodeScalars.map(\.value))
            // Act
            let items = NamedLists.split(line, 0..<line.count)
            // Assert: the items the Foundation implementation gave (kept here as the oracle).
            #expect(items == ScalarSearchTests.foundationSplit(text))
        }
    }

    /// `NamedLists.split` before cli3, for plain text without brackets or quotes.
    private static func foundationSplit(_ text: String) -> [String] {
        let parts = text.components(separatedBy: "、")
        guard parts.count >= 2 else { return [] }
        var items = Array(parts.dropLast())
        let tail = parts.last!
        if let joiner = ["以及", "和", "及", "与"].compactMap({ tail.range(of: $0) }).first {
            items.append(String(tail[..<joiner.lowerBound]))
            items.append(String(tail[joiner.upperBound...]))
        } else {
            items.append(tail)
        }
        return items.filter { !$0.isEmpty }
    }
}
