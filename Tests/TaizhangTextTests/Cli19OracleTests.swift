import Testing
@testable import TaizhangText

/// cli19's shortcuts against the work they replace: the eight-scalar search (`ScalarSearch`)
/// behind `LineText.contains(scalar:)` and `firstIndex(of:in:)`, and `HashedKeys` against
/// `Dictionary`.
@Suite struct Cli19OracleTests {
    /// A deterministic pseudo-random sequence (failures repeat).
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// `ScalarSearch.first` against the plain loop: every start and end of random runs (lengths
    /// 0–40, so rounds of eight and their tails), targets present once, twice or not at all,
    /// and scalars beyond the BMP.
    @Test func scalarSearchFindsWhatThePlainLoopFinds() {
        // Setup
        var generator = Generator(state: 19)
        let alphabet: [UInt32] = [0x4E00, 0x4E8C, 0x3002, 0x41, 0x20000, 0xFF0C, 0x2029]
        var mismatches = 0, found = 0
        for _ in 0..<600 {
            let run = (0..<generator.next(41)).map { _ in alphabet[generator.next(alphabet.count)] }
            let target = alphabet[generator.next(alphabet.count)]
            run.withUnsafeBufferPointer { text in
                for start in 0...run.count {
                    for end in start...run.count {
                        // Act
                        let fast = ScalarSearch.first(target, in: text, from: start, to: end)
                        let slow = (start..<end).first { run[$0] == target } ?? end

                        // Assert
                        if fast != slow { mismatches += 1 }
                        if slow < end { found += 1 }
                    }
                }
            }
        }
        #expect(mismatches == 0)
        #expect(found > 1000)
    }

    /// `LineText.contains(scalar:)` and `firstIndex(of:in:)` against Array's own search on
    /// every real line, for scalars and words with no trigger.
    @Test func lineSearchesAgreeWithArraySearch() {
        // Setup
        let words: [[UInt32]] = ["工作", "亿元", "。", "同比增长", "的", "(一)", "𠀀"].map { [UInt32](literal: $0) }
        var mismatches = [String](), found = 0
        for line in ReuseOracleTests.lines() {
            let norm = line.norm
            for word in words {
                // Act
                let fast = line.firstIndex(of: word, in: 0..<line.count)
                let slow = norm.count >= word.count ? (0...(norm.count - word.count)).first { Array(norm[$0..<($0 + word.count)]) == word } : nil
                let holds = line.contains(scalar: word[0])

                // Assert
                if fast != slow || holds != norm.contains(word[0]) { mismatches.append(line.text) }
                if slow != nil { found += 1 }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
        #expect(found > 1000)
    }

    /// `HashedKeys` against `Dictionary` under random inserts, reads, updates and removals.
    @Test func hashedKeysActLikeADictionary() {
        // Setup
        var generator = Generator(state: 2026)
        var table: HashedKeys<Int> = [:], lists: HashedKeys<[Int]> = [:]
        var expected = [UInt64: Int](), expectedLists = [UInt64: [Int]]()
        var mismatches = 0
        for step in 0..<20_000 {
            let key = UInt64(generator.next(500)) &* 0x100000001b3
            // Act
            switch generator.next(4) {
            case 0: table[key] = step; expected[key] = step
            case 1: table[key] = nil; expected[key] = nil
            case 2: lists[key, default: []].append(step); expectedLists[key, default: []].append(step)
            default: break
            }
            // Assert
            if table[key] != expected[key] || lists[key] != expectedLists[key] { mismatches += 1 }
        }
        #expect(mismatches == 0)
        #expect(table.count == expected.count)
        table.removeAll(keepingCapacity: true)
        #expect(table.count == 0 && table[0] == nil)
    }
}
