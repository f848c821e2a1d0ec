import Testing
@testable import TaizhangText

/// cli19's shortcuts against the work they replace: `AgreedSums.earlierWhole` reading memory's
/// wholes by index (against the closure form it replaced, kept here), the eight-scalar search
/// (`ScalarSearch`) behind `LineText.contains(scalar:)` and `firstIndex(of:in:)`, and
/// `HashedKeys` against `Dictionary`.
@Suite struct Cli19OracleTests {
    /// A deterministic pseudo-random sequence (failures repeat).
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// `earlierWhole` as it was before cli19 (session 18's merged main).
    static func referenceEarlierWhole(_ line: LineText, hits: [QuantityHit], sentences: [Range<Int>], memory: [QuantityHit],
                                      known: [ArithmeticCheck]) -> [ArithmeticCheck] {
        guard hits.count >= 3 || hits.count >= 2 && !memory.isEmpty else { return [] }
        var blocks = sentences
        if sentences.count > 1 { blocks.append(0..<line.count) }
        var checks = [ArithmeticCheck]()
        for block in blocks {
            let earlier = block.lowerBound == 0 ? []
                : hits.filter { $0.start < block.lowerBound && $0.change == nil && !$0.isApproximate && !$0.isPercent && $0.normalized > 0 }
            guard !memory.isEmpty || !earlier.isEmpty else { continue }
            let candidate = { (whole: QuantityHit, seed: QuantityHit) in AgreedSums.sameMeasure(whole, seed) && AgreedSums.summable(whole) }
            let hasWhole = { (seed: QuantityHit) in earlier.contains { candidate($0, seed) } || memory.contains { candidate($0, seed) } }
            // `blockParts` with the seed tested as a hit.
            let inBlock = hits.indices.filter { block.contains(hits[$0].start) && AgreedSums.summable(hits[$0]) }
            var lists = [[QuantityHit]]()
            if inBlock.count >= 2 {
                for (offset, index) in inBlock.enumerated() {
                    let seed = hits[index]
                    guard !inBlock[..<offset].contains(where: { AgreedSums.sameMeasure(hits[$0], seed) }),
                          inBlock[(offset + 1)...].contains(where: { AgreedSums.sameMeasure(hits[$0], seed) }), hasWhole(seed) else { continue }
                    if let parts = AgreedSums.measureParts(line, hits, block, like: seed) { lists.append(parts) }
                }
            }
            for parts in lists where parts.count >= 2 && parts.count <= 8 {
                let first = line.column(of: parts[0].start), last = line.column(of: parts.last!.start)
                let spans = { (check: ArithmeticCheck) in check.kind == "sum" && check.line == line.number && check.column <= first && last < check.column + check.text.count }
                if known.contains(where: spans) || checks.contains(where: spans) { continue }
                let largest = parts.map(\.normalized).max() ?? 0
                var groups: [[QuantityHit]]? = nil
                let fits = { (whole: QuantityHit) -> Bool in
                    guard whole.normalized >= largest, AgreedSums.sameMeasure(whole, parts[0]), AgreedSums.summable(whole) else { return false }
                    groups = AgreedSums.breakdowns(whole, parts)
                    return groups.map { AgreedSums.significant(whole, $0[0]) } ?? false
                }
                guard let whole = earlier.last(where: fits) ?? memory.last(where: fits), let groups,
                      !AgreedSums.namesSibling(parts, of: whole, among: memory + earlier) else { continue }
                for group in groups {
                    let statement = "sum: " + group.map { Sentences.format($0.normalized / whole.number.magnitude) }.joined(separator: " + ")
                        + " = \(Sentences.format(whole.value))\(whole.unit) (stated earlier; agreement read without a form)"
                    checks.append(Arithmetic.make(line, "sum", group[0].start, group.last!.end, statement, true))
                }
            }
        }
        return checks
    }

    /// Every real line (seeds and dev corpus) with the figures of the 40 lines before as memory.
    @Test func earlierWholeByIndexGivesTheChecksOfTheClosureForm() {
        // Setup
        let lines = ReuseOracleTests.lines()
        var memory = [QuantityHit](), checks = 0, mismatches = [String]()
        for line in lines {
            let hits = Restatements.drop(line, QuantityScanner.scan(line))
            let sentences = Sentences.ranges(line)

            // Act
            let now = AgreedSums.earlierWhole(line, hits: hits, sentences: sentences, memory: memory, known: [])
            let before = Cli19OracleTests.referenceEarlierWhole(line, hits: hits, sentences: sentences, memory: memory, known: [])

            // Assert
            checks += now.count
            if now != before { mismatches.append(line.text) }
            memory = Array((memory + hits.filter { !$0.isPercent }).suffix(40))
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
        #expect(checks > 20)
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
