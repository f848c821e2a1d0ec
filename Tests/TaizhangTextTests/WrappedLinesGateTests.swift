import Testing
@testable import TaizhangText

/// cli18's gate in `WrappedLines.checks`: when neither part of a joined text holds a digit or
/// a numeral (`WrappedLines.lacksFigure`, asked of the two lines' classes), the scanner reads no
/// figure in the joined text, so the joined text is neither built nor read.
@Suite struct WrappedLinesGateTests {
    /// Consecutive real lines (seeds and dev corpus), each pair joined by tails and heads of
    /// several lengths: wherever the gate answers "no figure", the joined text has none.
    @Test func noFigureInThePartsMeansNoFigureInTheJoinedText() {
        // Setup
        let lines = Fixtures.realLines().enumerated().map { LineText(number: $0.offset + 1, raw: $0.element) }
        var gated = 0, read = 0
        for (before, after) in zip(lines, lines.dropFirst()) where !before.raw.isEmpty && !after.raw.isEmpty {
            for length in [2, 12, 40, 400] {
                let tail = max(0, before.raw.count - length)..<before.raw.count
                let head = 0..<min(after.raw.count, length)

                // Act
                let lacks = WrappedLines.lacksFigure(before, tail) && WrappedLines.lacksFigure(after, head)
                let joined = LineText(number: before.number, raw: Array(before.raw[tail]) + Array(after.raw[head]))

                // Assert
                if lacks {
                    gated += 1
                    #expect(QuantityScanner.scan(joined).isEmpty, "\(joined.text)")
                } else {
                    read += 1
                }
            }
        }
        #expect(gated > 1000)
        #expect(read > 1000)
    }

    /// Near misses: a figure or a numeral on either side, a line whose analysis form dropped
    /// spaces (indices no longer those of the raw text) or that holds & (an entity may decode to
    /// a digit) — the gate does not answer there.
    @Test func gateAnswersOnlyWhereTheClassesAreTheJoinedTexts() {
        // Setup
        func line(_ text: String) -> LineText { LineText(number: 1, raw: text.unicodeScalars.map(\.value)) }
        let plain = line("全镇共有党员,其中男党")
        let numeral = line("员二十五名,女党员")
        let digit = line("员25名,女党员")
        let compacted = line("共有党员 25 名")
        let entity = line("其中男党员&amp;团员")

        // Act and assert
        #expect(WrappedLines.lacksFigure(plain, 0..<plain.raw.count))
        #expect(!WrappedLines.lacksFigure(numeral, 0..<numeral.raw.count))
        #expect(!WrappedLines.lacksFigure(digit, 0..<digit.raw.count))
        #expect(WrappedLines.lacksFigure(digit, 4..<digit.raw.count))   // after the figure
        #expect(!WrappedLines.lacksFigure(compacted, 0..<2))            // spaces dropped: not answered
        #expect(!WrappedLines.lacksFigure(entity, 0..<2))               // &: not answered
    }
}
