import Foundation
import Testing
@testable import TaizhangText

/// `Lexicon.nextPrefixCandidate` skips only positions where `prefix` is 0 and stops at every
/// position where it is not: the boilerplate scan of long lines jumps with it.
@Suite struct LexiconCandidateTests {
    private static func check(_ scalars: [UInt32], _ lexicon: Lexicon) -> Int {
        var matches = 0
        var index = 0
        while index <= scalars.count {
            let next = lexicon.nextPrefixCandidate(in: scalars, from: index, to: scalars.count)
            // Every position skipped holds no word; the one returned may (or is the end).
            for skipped in index..<min(next, scalars.count) { #expect(lexicon.prefix(in: scalars, at: skipped) == 0) }
            #expect(next >= index && next <= max(index, scalars.count))
            if next < scalars.count, lexicon.prefix(in: scalars, at: next) > 0 { matches += 1 }
            index = next + 1
        }
        return matches
    }

    @Test func theStrongWordsOfTheSeedsAndCorpusAreAllFound() throws {
        // Setup
        let texts = try (Fixtures.seeds + Fixtures.corpus("dev").map(\.text)).map { try String(contentsOf: $0, encoding: .utf8) }
        var matches = 0, expected = 0
        for text in texts {
            for line in text.split(separator: "\n") {
                let scalars = LineText(number: 1, raw: line.unicodeScalars.map(\.value)).norm
                // Act / Assert
                matches += LexiconCandidateTests.check(scalars, BoilerplateRule.strong)
                expected += scalars.indices.filter { BoilerplateRule.strong.prefix(in: scalars, at: $0) > 0 }.count
            }
        }
        #expect(matches == expected)
        #expect(expected > 20)
    }

    @Test func randomLettersOfTheWordsAreFoundWhereTheyMatch() {
        // Setup: text made of the words' own letters (and an astral one), where pairs collide.
        var generator = SystemRandomNumberGenerator()
        let letters = Array("小编希望大家喜欢下载本文上传人:阅读更多精选的了。,𠀀ab".unicodeScalars.map(\.value))
        let lexicon = Lexicon(["小编", "下载本文", "上传人:", "阅读", "更", "精选了", "𠀀b", "ab"])
        for _ in 0..<2000 {
            let scalars = (0..<Int.random(in: 0...40, using: &generator)).map { _ in letters.randomElement(using: &generator)! }
            // Act / Assert
            let matches = LexiconCandidateTests.check(scalars, lexicon)
            #expect(matches == scalars.indices.filter { lexicon.prefix(in: scalars, at: $0) > 0 }.count)
        }
    }
}
