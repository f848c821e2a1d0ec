import Foundation
import Testing
@testable import TaizhangText

/// The byte comparisons of measures (`QuantityHit.sameWord`, the / test of `TotalParts`)
/// must answer as `==` and Foundation's `contains` do, on every measure the seeds and the
/// dev corpus yield and on random words with scalars that combine or decompose.
@Suite struct WordEqualityTests {
    private static func measures() -> [String] {
        let files = Fixtures.seeds + Fixtures.corpus("dev").map(\.text)
        var found = Set<String>()
        for url in files {
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            for (number, row) in text.split(separator: "\n").enumerated() {
                let line = LineText(number: number + 1, raw: Array(row.unicodeScalars.map(\.value)))
                for hit in QuantityScanner.scan(line) { found.insert(hit.measure); found.insert(hit.unit) }
            }
        }
        return found.sorted()
    }

    /// Short words of plain scalars and of scalars that are not plain: e + U+0301 against é,
    /// U+F98E (decomposes to 年), a Hangul syllable and its jamo, a combining mark after /.
    private static func randomWords(count: Int) -> [String] {
        let pieces = ["年", "\u{F98E}", "次", "人", "元", "万", "%", "/", "e", "\u{301}", "é", "\u{AC00}", "\u{1100}\u{1161}",
                      "\u{338}", "個", "份", "ａ", "\u{FF9E}", "\u{302A}", "·"]
        var state: UInt64 = 2718
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<(1 + next(3))).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    @Test func sameWordAnswersAsEquality() {
        // Setup
        let real = WordEqualityTests.measures()
        let words = real + WordEqualityTests.randomWords(count: 400) + real.map { $0 + "次" }
        var mismatches = 0, equal = 0, unequal = 0

        for a in words {
            for b in words.prefix(300) + [a, a + "次", "次"] {
                // Act
                let fast = QuantityHit.sameWord(a, b, orThen: "次")
                let plain = QuantityHit.sameWord(a, b)
                // Assert
                if fast != (a == b || a == b + "次") { mismatches += 1 }
                if plain != (a == b) { mismatches += 1 }
                if plain { equal += 1 } else { unequal += 1 }
            }
        }
        #expect(real.count > 40)
        #expect(equal > 500)
        #expect(unequal > 10_000)
        #expect(mismatches == 0)
    }

    @Test func oneLetterSetsAnswerAsSetContains() {
        // Setup: every measure and unit of the seeds and dev corpus, their single letters, the
        // sets' own words, and random words with scalars that combine or decompose.
        let real = WordEqualityTests.measures()
        let letters = real.flatMap { $0.unicodeScalars.map { String(Character($0)) } }
        let own = Array(Vocabulary.arabicOnlyUnits) + Array(QuantityExclusions.rankUnits)
        let words = real + letters + own + own.map { $0 + "\u{301}" } + ["\u{F98E}", "年", "e\u{301}", "\u{2F800}", "", "ａ"]
            + WordEqualityTests.randomWords(count: 400)
        var mismatches = 0, members = 0

        for word in words {
            // Act
            let arabicOnly = QuantityExclusions.isOneOf(word, QuantityExclusions.arabicOnlyScalars, Vocabulary.arabicOnlyUnits)
            let rank = QuantityExclusions.isOneOf(word, QuantityExclusions.rankScalars, QuantityExclusions.rankUnits)
            // Assert
            if arabicOnly != Vocabulary.arabicOnlyUnits.contains(word) { mismatches += 1 }
            if rank != QuantityExclusions.rankUnits.contains(word) { mismatches += 1 }
            if arabicOnly || rank { members += 1 }
        }
        #expect(members >= own.count)
        #expect(mismatches == 0)
    }

    @Test func canonicalPrefixAnswersAsItsSwitch() {
        // Setup: every word of the qualifier lexicon (as the scanner reads them), their single
        // letters, and single scalars that are not plain.
        let words = ["不少于", "不低于", "不超过", "不高于", "不多于", "至少", "将近", "接近", "超过", "大约", "约为", "突破", "不足", "不到",
                     "高达", "多达", "达到了", "达到", "达", "约", "近", "超", "逾", "过", "上", "\u{F98E}", "é", "e\u{301}", "\u{2F800}"]
        let letters = words.flatMap { $0.unicodeScalars.map { String(Character($0)) } }
        var mismatches = 0, mapped = 0

        for word in words + letters {
            // Act
            let fast = Vocabulary.canonicalPrefix(word)
            let slow = Vocabulary.canonicalPrefixBySwitch(word)
            // Assert
            if fast != slow || fast.utf8.count != slow.utf8.count { mismatches += 1 }
            if slow != word { mapped += 1 }
        }
        #expect(mapped >= 9)
        #expect(mismatches == 0)
    }

    @Test func slashTestAnswersAsContains() {
        // Setup
        let words = WordEqualityTests.measures()
        var mismatches = 0, slashes = 0

        for word in words {
            // Act
            let bytes = word.utf8.contains(UInt8(ascii: "/"))
            // Assert
            if bytes != word.contains("/") { mismatches += 1 }
            if bytes { slashes += 1 }
        }
        #expect(slashes > 3)
        #expect(mismatches == 0)
    }
}
