import Foundation
import Testing
@testable import TaizhangText

/// cli13's shortcuts against the paths they replace: decoding and folding in one pass
/// (`decodeAndAnalyse`, on a worker) against decoding then `analyse` (`LineText(number:raw:)`);
/// character counts by scalars against `String.count`; `firstIndex(of:in:)` and
/// `contains(scalar:)` through the buffer against plain searches of `norm`.
@Suite struct LineFoldTests {
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Letters that fold (full-width, traditional), combine (U+0301, U+302A, U+FF9E), lie
    /// beyond the BMP, space figures (3 万元) or read as pinyin (衛(wèi)), and controls.
    private static let alphabet: [UInt32] = Array("的工作12 3年%人萬億數，（）Ａａ１衛(wèi)生é\u{301}\u{302A}\u{FF9E}😀\u{20000}\t\r。、“”\u{3000}xX*_○".unicodeScalars.map(\.value))

    private static func lines() -> [[UInt32]] {
        var generator = Generator(state: 1313)
        var lines = Fixtures.realLines()
        lines += (0..<3000).map { _ in (0..<(1 + generator.next(40))).map { _ in alphabet[generator.next(alphabet.count)] } }
        lines.append([])
        return lines
    }

    @Test func oneFoldingPassGivesTheLineOfDecodeThenAnalyse() {
        // Setup
        var mismatches = 0, compacted = 0
        let lines = LineFoldTests.lines()
        for (offset, scalars) in lines.enumerated() {
            let bytes = Array(String(String.UnicodeScalarView(scalars.compactMap(Unicode.Scalar.init))).utf8)
            let number = offset % 3 == 0 ? 1 : offset + 2

            // Act
            var folded = bytes.withUnsafeBufferPointer { LineText.undecoded(number: number, bytes: $0) }
            folded.prepare()
            var decoded: [UInt32] = []
            _ = bytes.withUnsafeBufferPointer { LineText.decode($0, firstLine: number == 1, into: &decoded) }
            let expected = LineText(number: number, raw: decoded)

            // Assert
            if !expected.origin.isEmpty { compacted += 1 }
            if folded.malformed || folded.raw != expected.raw || folded.norm != expected.norm || folded.classes != expected.classes
                || folded.mask != expected.mask || folded.triggers != expected.triggers || folded.origin != expected.origin
                || folded.contentStart != expected.contentStart || folded.firstCombining != expected.firstCombining {
                mismatches += 1
            }
        }
        #expect(mismatches == 0)
        #expect(compacted > 50)
    }

    @Test func malformedBytesAreFoundAsDecodeFindsThem() {
        // Setup: valid text with one malformed piece inside.
        let pieces: [[UInt8]] = [[0x80], [0xE4], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE0, 0x9F, 0xBF], [0xF0, 0x9F]]
        for piece in pieces {
            let bytes = Array("共3万元".utf8) + piece + Array("人".utf8)

            // Act
            var line = bytes.withUnsafeBufferPointer { LineText.undecoded(number: 2, bytes: $0) }
            line.prepare()
            var decoded: [UInt32] = []
            let valid = bytes.withUnsafeBufferPointer { LineText.decode($0, firstLine: false, into: &decoded) }

            // Assert
            #expect(!valid)
            #expect(line.malformed)
            #expect(line.raw == decoded)
        }
    }

    @Test func charactersCountAsStringCount() {
        // Setup
        var mismatches = 0, plain = 0
        var generator = Generator(state: 99)
        for scalars in LineFoldTests.lines() {
            let line = LineText(number: 1, raw: scalars)
            let lower = scalars.isEmpty ? 0 : generator.next(scalars.count), upper = lower + generator.next(scalars.count - lower + 2)
            let text = line.rawString(lower..<upper)

            // Act
            let fast = LineText.characters(text), rawFast = line.rawCharacters(lower..<upper)

            // Assert
            if fast != text.count || rawFast != text.count { mismatches += 1 }
            if line.isPlain(raw: 0..<scalars.count) { plain += 1 }
        }
        #expect(mismatches == 0)
        #expect(plain > 100)
    }

    @Test func bufferSearchesAnswerAsPlainSearches() {
        // Setup
        var mismatches = 0, found = 0
        var generator = Generator(state: 7)
        for scalars in LineFoldTests.lines() {
            let line = LineText(number: 1, raw: scalars)
            let norm = line.norm
            guard !norm.isEmpty else { continue }
            let start = generator.next(norm.count), length = 1 + generator.next(3)
            let word = Array(norm[start..<min(norm.count, start + length)])
            let needle = LineFoldTests.alphabet[generator.next(LineFoldTests.alphabet.count)]
            let lower = generator.next(norm.count), upper = lower + generator.next(norm.count - lower + 1)

            // Act
            let index = line.firstIndex(of: word, in: lower..<upper)
            let contains = line.contains(scalar: needle)

            // Assert
            let slow = lower + word.count > upper ? nil : (lower...(upper - word.count)).first { Array(norm[$0..<($0 + word.count)]) == word }
            if index != slow { mismatches += 1 }
            if contains != norm.contains(needle) { mismatches += 1 }
            if index != nil { found += 1 }
        }
        #expect(mismatches == 0)
        #expect(found > 100)
    }
}
