import Testing
@testable import TaizhangText

/// cli18's reuses and skips against the work they replace, on every real line (seeds and dev
/// corpus) and edge lines: `TotalParts.sentenceParts` kept by `Arithmetic.local` for
/// `earlierLines`, `Restatements.drop` copying only from the first figure dropped, and the
/// six stops of `MissingNumberRule.approximate` as one bitset.
@Suite struct ReuseOracleTests {
    static let edgeLines: [String] = [
        "全县总人口为97985人。家庭户人口为93955人,集体户人口为4030人。", "男性人口为51178人,女性人口为46807人",
        "受理1590件(1600件)、办结1500件(14.23%)、在办90件", "共有党员38名(38人),男34名(34人)、女4名", "共(3)项(4)个(5)人",
        "投入多万元,资金余万元,经费万多元,批多人次", "设置了个窗口,自月份以来", "𠀀多万元𠀀", "多", "",
    ]

    static func lines() -> [LineText] {
        (Fixtures.realLines() + edgeLines.map { $0.unicodeScalars.map(\.value) }).enumerated().map { LineText(number: $0.offset + 1, raw: $0.element) }
    }

    /// `finish` with the parts `local` kept gives what it gives reading them again (parts nil),
    /// with the figures of the lines before as the memory.
    @Test func keptSentencePartsGiveTheChecksOfPartsReadAgain() {
        // Setup
        let lines = ReuseOracleTests.lines()
        var memory = [QuantityHit](), kept = 0, checks = 0, mismatches = [String]()
        for (index, line) in lines.enumerated() {
            let hits = QuantityScanner.scan(line)
            let previous = index > 0 ? lines[index - 1] : nil
            if let local = Arithmetic.local(line, hits: hits) {
                var reread = local
                reread.parts = nil

                // Act
                let withParts = Arithmetic.finish(local, line, hits: hits, previous: previous, memory: memory)
                let readAgain = Arithmetic.finish(reread, line, hits: hits, previous: previous, memory: memory)

                // Assert
                if local.parts != nil { kept += 1 }
                checks += withParts.count
                if withParts != readAgain { mismatches.append(line.text) }
            }
            memory = Array((memory + hits.filter { !$0.isPercent }).suffix(40))
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
        #expect(kept > 500)
        #expect(checks > 500)
    }

    /// `Restatements.drop` as it was: every figure tested against the one before it, the kept
    /// ones copied into a new array.
    @Test func restatementsDropWhatTheFullWalkDrops() {
        // Setup
        var dropped = 0, mismatches = 0
        for line in ReuseOracleTests.lines() {
            let hits = QuantityScanner.scan(line)
            var expected = [QuantityHit]()
            for (index, hit) in hits.enumerated() {
                let restated = index >= 1 && hits.count >= 3 && hit.start >= 1 && hits[index - 1].end == hit.start - 1
                    && line[hit.start - 1] == U.lparen && line[hit.end] == U.rparen && !hit.isPercent && !hits[index - 1].isPercent
                    && hit.change == nil && hit.measure != hits[index - 1].measure
                if !restated { expected.append(hit) }
            }

            // Act
            let kept = Restatements.drop(line, hits)

            // Assert
            dropped += hits.count - kept.count
            if kept.map({ [$0.start, $0.end] }) != expected.map({ [$0.start, $0.end] }) { mismatches += 1 }
        }
        #expect(mismatches == 0)
        #expect(dropped > 0)
    }

    /// The bitset stops at exactly the six characters (and beyond the BMP, which the walk passes).
    @Test func approximateStopsAreTheSixCharacters() {
        // Setup
        let six: Set<UInt32> = Set("多余万亿了月".unicodeScalars.map(\.value))
        var stops = 0, mismatches = 0
        for line in ReuseOracleTests.lines() {
            var index = 0
            while index < line.count {
                // Act
                let next = MissingNumberRule.approximateStops.next(in: line.norm, from: index, to: line.count)
                let expected = (index..<line.count).first { six.contains(line.norm[$0]) || line.norm[$0] >= 0x10000 } ?? line.count

                // Assert
                if next != expected { mismatches += 1 }
                if next < line.count { stops += 1 }
                index = next + 1
            }
        }
        #expect(mismatches == 0)
        #expect(stops > 1000)
    }
}
