import Testing
@testable import TaizhangText

/// The repeat rules' shared hash (`FNV1a`, session 13: the constants were written out in five
/// rules) and the ring of `SentenceRepeats`' last letters (a slot counter and a remainder per
/// letter before): the values must be FNV-1a's, and a near repeat must still be told by its
/// last letters.
@Suite struct RepeatHashTests {
    @Test func hashIsFNV1aOf64Bits() {
        // Setup: published FNV-1a 64 test vectors (ASCII scalars are their bytes).
        let vectors: [(String, UInt64)] = [("", 0xcbf29ce484222325), ("a", 0xaf63dc4c8601ec8c), ("foobar", 0x85944171f73967e8)]

        for (text, expected) in vectors {
            // Act
            let whole = FNV1a.hash(text.unicodeScalars.map(\.value))
            let stepwise = text.unicodeScalars.reduce(FNV1a.basis) { FNV1a.adding($1.value, to: $0) }
            // Assert
            #expect(whole == expected, "\(text)")
            #expect(stepwise == expected, "\(text)")
        }
        #expect(FNV1a.adding(word: 0x61, to: FNV1a.basis) == 0xaf63dc4c8601ec8c)
    }

    /// Runs `SentenceRepeats` over lines and returns the lines reported as repeats.
    private static func repeats(_ lines: [String]) -> [Int] {
        var rule = SentenceRepeats()
        var found = [Int]()
        for (offset, text) in lines.enumerated() {
            let line = LineText(number: offset + 1, raw: Array(text.unicodeScalars.map(\.value)))
            found += rule.observe(line).map(\.line)
        }
        return found
    }

    @Test func nearRepeatIsToldByItsLastLetters() {
        // Setup: a sentence of 41 letters; its copy with a word changed in the middle (the
        // opening and closing 12 letters kept), with the first of the closing letters changed,
        // and with the letter just before them changed.
        let sentence = "社区积极开展垃圾分类宣传活动发放宣传资料五百余份群众知晓率明显提高各项工作取得实效。"
        let middle = "社区积极开展垃圾分类宣传活动发放宣讲资料五百余份群众知晓率明显提高各项工作取得实效。"
        // 41 letters: the closing 12 are letters 30…41 (明显提高各项工作取得实效).
        let closing = "社区积极开展垃圾分类宣传活动发放宣传资料五百余份群众知晓率很显提高各项工作取得实效。"
        let early = "社区积极开展垃圾分类宣传活动发放宣传资料五百余份群众知晓度明显提高各项工作取得实效。"

        // Act
        let nearFound = RepeatHashTests.repeats([sentence, "组织志愿者开展环境整治活动。", middle])
        let closingChanged = RepeatHashTests.repeats([sentence, "组织志愿者开展环境整治活动。", closing])
        let earlyChanged = RepeatHashTests.repeats([sentence, "组织志愿者开展环境整治活动。", early])
        let twice = RepeatHashTests.repeats([sentence + sentence])

        // Assert
        #expect(nearFound == [3])
        #expect(closingChanged.isEmpty)
        #expect(earlyChanged == [3])
        #expect(twice == [1])
    }
}
