import Foundation
import Testing
@testable import TaizhangText

/// `LineSplitter(decodes: true)` (the streaming check without workers: each line decoded and
/// folded in one pass) must hand on the lines `LineFeeder` prepares, field for field, and stop
/// at the same inputs (malformed UTF-8 sends the file to be decoded whole).
@Suite struct DecodingSplitterTests {
    private struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state ^ (state >> 29)
        }
    }

    /// Every field a rule may read, as one comparable text.
    private static func fields(_ line: LineText) -> String {
        "\(line.number)|\(line.raw)|\(line.norm)|\(line.classes)|\(line.mask.rawValue)|\(line.triggers)|\(line.origin)"
            + "|\(line.contentStart)|\(line.firstCombining)|\(line.pending)|\(line.malformed)"
    }

    /// Chunks of 1–24 bytes ending on a character boundary, as `StreamingInput` cuts them.
    private static func ranges(_ bytes: [UInt8], _ random: inout Generator) -> [Range<Int>] {
        var ranges: [Range<Int>] = [], start = 0
        while start < bytes.count {
            var end = min(bytes.count, start + Int.random(in: 1...24, using: &random))
            while end < bytes.count, bytes[end] & 0xC0 == 0x80, end > start + 1 { end -= 1 }
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }

    private static func byFeeder(_ bytes: [UInt8], _ ranges: [Range<Int>]) -> (valid: Bool, lines: [String]) {
        let feeder = LineFeeder()
        var lines: [String] = [], valid = true
        bytes.withUnsafeBufferPointer { all in
            for range in ranges where valid {
                valid = feeder.feed(UnsafeBufferPointer(rebasing: all[range]), validating: true) { lines.append(fields($0)) }
            }
        }
        if valid { feeder.finish { lines.append(fields($0)) } }
        return (valid, lines)
    }

    private static func bySplitter(_ bytes: [UInt8], _ ranges: [Range<Int>]) -> (valid: Bool, lines: [String]) {
        let splitter = LineSplitter(decodes: true)
        var lines: [String] = []
        bytes.withUnsafeBufferPointer { all in
            for range in ranges where !splitter.malformed {
                splitter.feed(UnsafeBufferPointer(rebasing: all[range])) { lines.append(fields($0)) }
            }
        }
        if !splitter.malformed { splitter.finish { lines.append(fields($0)) } }
        return (!splitter.malformed, lines)
    }

    @Test func decodingSplitterGivesTheFeedersPreparedLines() {
        // Setup: the pieces of `LineSplitterTests` (breaks, marks, spaces by figures, malformed
        // bytes) with figures spaced as PDF extraction spaces them and pinyin readings.
        let pieces = LineSplitterTests.pieces + [Array("共 10 间".utf8), Array("3212 万元".utf8), Array("衛(wèi)生".utf8), Array("６０ ％".utf8)]
        let malformed = LineSplitterTests.pieces.count - LineSplitterTests.malformedPieces..<LineSplitterTests.pieces.count
        var random = Generator(state: 20261206)
        var validInputs = 0, malformedInputs = 0
        for round in 0..<4000 {
            var bytes: [UInt8] = round % 7 == 0 ? [0xEF, 0xBB, 0xBF] : []
            for _ in 0..<Int.random(in: 0...30, using: &random) {
                // Half the inputs without the malformed pieces, so that most of those are valid.
                let index = Int.random(in: 0..<pieces.count, using: &random)
                bytes += round % 2 == 0 && malformed.contains(index) ? Array("年".utf8) : pieces[index]
            }
            let ranges = DecodingSplitterTests.ranges(bytes, &random)

            // Act
            let expected = DecodingSplitterTests.byFeeder(bytes, ranges)
            let actual = DecodingSplitterTests.bySplitter(bytes, ranges)

            // Assert: the same validity; for valid input the same lines, field for field.
            #expect(actual.valid == expected.valid, "\(bytes)")
            if expected.valid {
                validInputs += 1
                #expect(actual.lines == expected.lines, "\(bytes)")
            } else {
                malformedInputs += 1
            }
        }
        #expect(validInputs > 1000)
        #expect(malformedInputs > 500)
    }

    @Test func decodingSplitterGivesTheFeedersLinesOnTheSeedsAndCorpus() throws {
        // Setup: real texts, with CRLF line ends as well.
        var random = Generator(state: 16)
        var texts: [[UInt8]] = []
        for url in Fixtures.seeds + Fixtures.corpus("dev").map(\.text) {
            let text = try String(contentsOf: url, encoding: .utf8)
            texts.append(Array(text.utf8))
            texts.append(Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        }
        try #require(texts.count > 30)
        for bytes in texts {
            // Act
            let ranges = DecodingSplitterTests.ranges(bytes, &random)
            let expected = DecodingSplitterTests.byFeeder(bytes, ranges)
            let actual = DecodingSplitterTests.bySplitter(bytes, ranges)

            // Assert
            #expect(expected.valid && actual.valid)
            #expect(actual.lines.count == expected.lines.count)
            #expect(actual.lines == expected.lines)
        }
    }
}
