import Foundation
import Testing
@testable import TaizhangText

/// `LineSplitter` (the reading thread finds line breaks, a worker decodes each line) must
/// give the lines, numbers and validity of `LineFeeder`, which decodes as it splits.
@Suite struct LineSplitterTests {
    /// Pieces of text: letters, CJK, every line break, byte order marks, four-byte
    /// scalars, and malformed UTF-8 (a stray continuation, a lone lead, an overlong form,
    /// a surrogate, a lead cut by a line break).
    static let pieces: [[UInt8]] = [
        Array("ab".utf8), Array("3.5万元".utf8), Array("共举办活动".utf8), Array("“引号”……—".utf8),
        [0x0A], [0x0D], [0x0D, 0x0A], [0xE2, 0x80, 0xA8], [0xE2, 0x80, 0xA9], [0xE2, 0x80, 0xA7],
        [0xEF, 0xBB, 0xBF], Array("😀".utf8), Array("é".utf8), [0x20, 0x20],
        // The edges of the three-byte form: U+0800 and U+D7FF (valid); below, an overlong
        // U+07FF and the last surrogate (malformed).
        [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
        // The last `malformedPieces`: malformed.
        [0x80], [0xE4], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE4, 0x0A], [0xF0, 0x9F, 0x0D], [0xE0, 0x9F, 0xBF], [0xED, 0xBF, 0xBF],
    ]
    static let malformedPieces = 8

    private struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state ^ (state >> 29)
        }
    }

    /// Cut points that end on a character boundary, as `StreamingInput` cuts its chunks.
    private static func chunks(_ bytes: [UInt8], _ random: inout Generator) -> [Range<Int>] {
        var ranges: [Range<Int>] = [], start = 0
        while start < bytes.count {
            var end = min(bytes.count, start + Int.random(in: 1...24, using: &random))
            if end < bytes.count {
                var back = end - 1, steps = 0
                while back > start, bytes[back] & 0xC0 == 0x80, steps < 3 { back -= 1; steps += 1 }
                let lead = bytes[back]
                let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
                if back + width > end { end = back }
                if end == start {
                    // Never an empty chunk: the whole first character.
                    let first = bytes[start]
                    end = min(bytes.count, start + (first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1))
                }
            }
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }

    private static func byFeeder(_ bytes: [UInt8], _ ranges: [Range<Int>]) -> (valid: Bool, lines: [(Int, [UInt32])]) {
        let feeder = LineFeeder(deferPreparation: true)
        var lines: [(Int, [UInt32])] = []
        var valid = true
        bytes.withUnsafeBufferPointer { all in
            for range in ranges where valid {
                valid = feeder.feed(UnsafeBufferPointer(rebasing: all[range]), validating: true) { lines.append(($0.number, $0.raw)) }
            }
        }
        if valid { feeder.finish { lines.append(($0.number, $0.raw)) } }
        return (valid, lines)
    }

    private static func bySplitter(_ bytes: [UInt8], _ ranges: [Range<Int>]) -> (valid: Bool, lines: [(Int, [UInt32])]) {
        let splitter = LineSplitter()
        var pending: [LineText] = []
        bytes.withUnsafeBufferPointer { all in
            for range in ranges { splitter.feed(UnsafeBufferPointer(rebasing: all[range])) { pending.append($0) } }
        }
        splitter.finish { pending.append($0) }
        var lines: [(Int, [UInt32])] = []
        for var line in pending {
            line.prepare()
            if line.malformed { return (false, lines) }
            lines.append((line.number, line.raw))
        }
        return (true, lines)
    }

    @Test func splitterGivesTheFeedersLinesAndValidity() {
        // Setup
        var random = Generator(state: 20261205)
        var validInputs = 0, malformedInputs = 0
        for round in 0..<4000 {
            // Half the inputs without the malformed pieces, so that most of those are valid.
            let usable = round % 2 == 0 ? LineSplitterTests.pieces.count - LineSplitterTests.malformedPieces : LineSplitterTests.pieces.count
            var bytes: [UInt8] = round % 7 == 0 ? [0xEF, 0xBB, 0xBF] : []
            for _ in 0..<Int.random(in: 0...30, using: &random) { bytes += LineSplitterTests.pieces[Int.random(in: 0..<usable, using: &random)] }
            let ranges = LineSplitterTests.chunks(bytes, &random)

            // Act
            let expected = LineSplitterTests.byFeeder(bytes, ranges)
            let actual = LineSplitterTests.bySplitter(bytes, ranges)

            // Assert
            #expect(actual.valid == expected.valid, "\(bytes)")
            if expected.valid {
                validInputs += 1
                #expect(actual.lines.map(\.0) == expected.lines.map(\.0), "\(bytes)")
                #expect(actual.lines.map(\.1) == expected.lines.map(\.1), "\(bytes)")
            } else {
                malformedInputs += 1
            }
        }
        #expect(validInputs > 1000)
        #expect(malformedInputs > 500)
    }

    @Test func splitterGivesTheFeedersLinesOnTheSeedsAndCorpus() throws {
        // Setup: real texts, with CRLF and CR line ends as well, in chunks of many sizes.
        var random = Generator(state: 7)
        var texts: [[UInt8]] = []
        for url in Fixtures.seeds + Fixtures.corpus("dev").map(\.text) {
            let text = try String(contentsOf: url, encoding: .utf8)
            texts.append(Array(text.utf8))
            texts.append(Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
            texts.append(Array(text.replacingOccurrences(of: "\n", with: "\r").utf8))
        }
        try #require(texts.count > 30)
        for bytes in texts {
            let ranges = LineSplitterTests.chunks(bytes, &random)

            // Act
            let expected = LineSplitterTests.byFeeder(bytes, ranges)
            let actual = LineSplitterTests.bySplitter(bytes, ranges)

            // Assert
            #expect(expected.valid && actual.valid)
            #expect(actual.lines.count == expected.lines.count)
            #expect(actual.lines.map(\.0) == expected.lines.map(\.0))
            #expect(actual.lines.map(\.1) == expected.lines.map(\.1))
        }
    }

    @Test func feederReadsLongRunsOfThreeByteScalarsAcrossItsBufferGrowth() {
        // Setup: runs of three-byte scalars (CJK, full-width punctuation, “”) longer than the
        // feeder's first buffer (4,096 scalars), broken by the other pieces — line separators,
        // byte order marks, malformed forms — so that a run ends at each of them (cli18's run loop).
        var random = Generator(state: 18)
        let run = Array("共举办活动,。“引号”、工作".unicodeScalars)
        var validInputs = 0, malformedInputs = 0
        for round in 0..<24 {
            var bytes: [UInt8] = round % 3 == 0 ? [0xEF, 0xBB, 0xBF] : []
            for part in 0..<Int.random(in: 1...4, using: &random) {
                // The first run longer than the buffer: the line that holds it outgrows it.
                let length = part == 0 ? Int.random(in: 5000...9000, using: &random) : Int.random(in: 1...9000, using: &random)
                bytes += Array(String(String.UnicodeScalarView((0..<length).map { run[$0 % run.count] })).utf8)
                let usable = round % 2 == 0 ? LineSplitterTests.pieces.count - LineSplitterTests.malformedPieces : LineSplitterTests.pieces.count
                bytes += LineSplitterTests.pieces[Int.random(in: 0..<usable, using: &random)]
            }
            let ranges = LineSplitterTests.chunks(bytes, &random)

            // Act
            let expected = LineSplitterTests.bySplitter(bytes, ranges)
            let actual = LineSplitterTests.byFeeder(bytes, ranges)

            // Assert
            #expect(actual.valid == expected.valid)
            if expected.valid {
                validInputs += 1
                #expect(actual.lines.map(\.0) == expected.lines.map(\.0))
                #expect(actual.lines.map(\.1) == expected.lines.map(\.1))
                #expect((actual.lines.map(\.1.count).max() ?? 0) > 4096)
            } else {
                malformedInputs += 1
            }
        }
        #expect(validInputs > 8)
        #expect(malformedInputs > 0)
    }

    @Test func breakFilterNeverMissesABreakByte() {
        // Setup: random words, and words with \n, \r or E2 at every position.
        var random = Generator(state: 99)
        var words: [UInt64] = (0..<20000).map { _ in random.next() }
        for target: UInt64 in [0x0A, 0x0D, 0xE2] {
            for position in 0..<8 { words.append(random.next() & ~(0xFF << (8 * position)) | target << (8 * position)) }
        }
        for word in words {
            // Act
            let filtered = LineSplitter.mayBreak(word)
            let exact = (0..<8).contains { [0x0A, 0x0D, 0xE2].contains(UInt8(truncatingIfNeeded: word >> (8 * $0))) }

            // Assert: "no break byte" is exact; a false alarm only costs a byte-wise look.
            if exact { #expect(filtered, "\(String(word, radix: 16))") }
        }
    }

    @Test func leadBytesCountTheBytesThatStartAScalar() {
        // Setup: random bytes of every value and length (the tail after the eight-byte words
        // included; every tenth input long enough for several rounds of 31 words), and random
        // pieces of text decoded into arrays of exactly that size.
        var random = Generator(state: 11)
        for round in 0..<3000 {
            let long = round % 10 < 2
            let bytes: [UInt8] = round % 2 == 0
                ? (0..<Int.random(in: 0...(long ? 900 : 40), using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
                : (0..<Int.random(in: 0...(long ? 300 : 12), using: &random)).flatMap { _ in LineSplitterTests.pieces[Int.random(in: 0..<LineSplitterTests.pieces.count, using: &random)] }
                    .filter { $0 != 0x0A && $0 != 0x0D }

            // Act
            let fast = bytes.withUnsafeBufferPointer { $0.isEmpty ? 0 : LineText.leadBytes($0.baseAddress!, $0.count) }
            var raw: [UInt32] = []
            _ = bytes.withUnsafeBufferPointer { LineText.decode($0, firstLine: false, into: &raw) }

            // Assert: the count, and no more scalars decoded than the array was sized for.
            #expect(fast == bytes.filter { $0 & 0xC0 != 0x80 }.count, "\(bytes)")
            #expect(raw.count <= fast)
        }
    }
}
