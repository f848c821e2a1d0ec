import Foundation
import Testing
@testable import TaizhangText

/// `CandidateMask.next` (one merged bitset) must stop where `Lexicon.nextCandidate` with the
/// same lexicons and scalars stops, from every start and to every end the scans use: the
/// missing-number scans jump with it.
@Suite struct CandidateMaskTests {
    /// The lines of the seeds and dev corpus (analysis form), and random lines of the
    /// lexicons' own letters, the extra scalars, other CJK, ASCII, a four-byte scalar and a
    /// combining mark.
    private static func lines() -> [[UInt32]] {
        let real = Fixtures.realLines().map { LineText(number: 1, raw: $0).norm }
        let pieces: [UInt32] = [U.s("号"), U.s("余"), U.s("年"), U.dot, U.s("次"), U.s("家"), U.s("万"), U.s("元"), U.s("平"), U.s("方"),
                                U.s("米"), U.s("公"), U.s("里"), U.s("个"), U.s("百"), U.s("分"), U.s("点"), U.s("月"), U.s("倍"), U.s("人"),
                                U.s("的"), U.s("举"), U.s("办"), 0x41, 0x31, U.comma, 0x1F600, 0x20000, 0x301, 0xFFFF, 0x0]
        var state: UInt64 = 4242
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let random = (0..<1500).map { _ in (0..<next(40)).map { _ in pieces[next(pieces.count)] } }
        return real + random
    }

    private static func compare(_ lines: [[UInt32]], _ mask: CandidateMask, _ slow: ([UInt32], Int, Int) -> Int) -> (Int, Int) {
        var mismatches = 0, stops = 0
        for line in lines {
            // From every start of a short line; in a long one, from where a scan goes on (the
            // position after each stop) and a few more — every start is quadratic.
            var starts = Array(-1...min(line.count + 1, 64))
            var position = 0
            while position < line.count {
                position = slow(line, position, line.count) + 1
                starts.append(position)
            }
            starts += [line.count / 2, line.count - 1, line.count, line.count + 1]
            for start in starts {
                for end in [line.count, line.count + 3, max(0, line.count - 2), start, start + 5] {
                    // Act
                    let fast = mask.next(in: line, from: start, to: end)
                    // Assert
                    if fast != slow(line, start, end) { mismatches += 1 }
                    if fast < min(end, line.count) { stops += 1 }
                }
            }
        }
        return (mismatches, stops)
    }

    @Test func clauseEndStopsWhereNextCandidateStops() {
        // Setup
        let lines = CandidateMaskTests.lines()
        let measures = MissingNumberRule.clauseEndMeasures

        let (mismatches, stops) = CandidateMaskTests.compare(lines, MissingNumberRule.clauseEndCandidates) {
            measures.nextCandidate(in: $0, from: $1, to: $2, U.s("号"), U.s("余"))
        }

        #expect(stops > 10_000)
        #expect(mismatches == 0)
    }

    @Test func slotScanStopsWhereNextCandidateStops() {
        // Setup
        let lines = CandidateMaskTests.lines()
        let (strong, candidates) = (MissingNumberSlots.strongUnits, MissingNumberSlots.candidates)

        let (mismatches, stops) = CandidateMaskTests.compare(lines, MissingNumberSlots.stops) {
            strong.nextCandidate(in: $0, from: $1, to: $2, or: candidates, U.s("年"), U.dot)
        }

        #expect(stops > 10_000)
        #expect(mismatches == 0)
    }
}
