import Testing
@testable import TaizhangText

/// cli15's shortcuts against the walks they replace, on every real line (seeds and dev
/// corpus) and on hand-made edge lines: the first combining scalar found after the fold
/// (not tested per scalar in it), and numbered markers that pass the digits inside figures.
@Suite struct ShortcutOracleTests {
    /// Lines where the shortcuts' edge cases sit: combining marks, scalars beyond the BMP,
    /// digits at the paragraph's start, after 。;: and inside figures, brackets and ①⑴.
    static let edgeLines: [String] = [
        "e\u{301}tude 12人", "𠀀3个村", "1、一是2、3)项", "　　1、工作。2、学习;3)总结:4、完成",
        "共投入1,234.5万元。1、道路300万元;2、绿化", "(1)建设①完成⑴启动", "12。3、四", "。1、", "1", "",
        "金额20、30、40万元", "：1)开展", "比例为1.2:75.1:23.7", "\u{FE0F}1、", "a\u{0308}1)好",
    ]

    static func lines() -> [[UInt32]] {
        Fixtures.realLines() + edgeLines.map { $0.unicodeScalars.map(\.value) }
    }

    @Test func firstCombiningIsTheFirstScalarThatMayCombine() {
        // Setup
        var mismatches = 0, withCombining = 0
        for raw in ShortcutOracleTests.lines() {
            // Act
            let line = LineText(number: 2, raw: raw)
            let expected = raw.firstIndex { $0 >= 0x10000 || LineText.mayCombine($0) } ?? raw.count

            // Assert
            if expected < raw.count { withCombining += 1 }
            if line.firstCombining != expected { mismatches += 1 }
        }
        #expect(mismatches == 0)
        #expect(withCombining >= 3)
    }

    @Test func numberedMarkersAreThoseOfTheWalkThatStopsAtEveryDigit() {
        // Setup
        var mismatches = 0, found = 0
        for raw in ShortcutOracleTests.lines() {
            let line = LineText(number: 2, raw: raw)
            for start in Set([0, line.contentStart, min(3, line.count)]) {
                // Act
                let markers = InlineEnumeration.numberedMarkers(line, from: start)
                let expected = ShortcutOracleTests.markersStoppingAtEveryDigit(line, from: start)

                // Assert
                found += markers.count
                if markers.map({ [$0.number, $0.start, $0.end, Int($0.family)] }) != expected.map({ [$0.number, $0.start, $0.end, Int($0.family)] }) {
                    mismatches += 1
                }
            }
        }
        #expect(mismatches == 0)
        #expect(found > 100)
    }

    /// `InlineEnumeration.numberedMarkers` as it was before cli15: the skip stopped at every
    /// digit, and the tests below it decided.
    static func markersStoppingAtEveryDigit(_ line: LineText, from start: Int) -> [InlineMarker] {
        var result = [InlineMarker]()
        guard line.mask.contains(.digit) || line.mask.contains(.clauseBreak) else { return result }
        let startsItem = { (before: UInt32) in before == U.ideoStop || before == U.semicolon || before == U.colon }
        var index = start
        while index < line.count {
            while index < line.count, !line.cls(index).contains(.digit), line[index] != U.lparen,
                  !(line[index] >= U.circledOne && line[index] <= U.parenthesizedTwenty) { index += 1 }
            guard index < line.count else { break }
            let scalar = line[index]
            if scalar >= U.circledOne && scalar <= U.circledTwenty {
                result.append(InlineMarker(number: Int(scalar - U.circledOne) + 1, start: index, end: index + 1, family: U.circledOne))
            } else if scalar >= U.parenthesizedOne && scalar <= U.parenthesizedTwenty {
                result.append(InlineMarker(number: Int(scalar - U.parenthesizedOne) + 1, start: index, end: index + 1, family: U.parenthesizedOne))
            } else if scalar == U.lparen, let run = HeadingParser.arabicRun(line, index + 1), run.end - index <= 3, line[run.end] == U.rparen {
                result.append(InlineMarker(number: run.value, start: index, end: run.end + 1, family: U.lparen))
                index = run.end
            } else if line.cls(index).contains(.digit), index == start || startsItem(line[index - 1]),
                      let run = HeadingParser.arabicRun(line, index), run.end - index <= 2, line[run.end] == U.ideoComma,
                      !line.cls(run.end + 1).contains(.digit) {
                result.append(InlineMarker(number: run.value, start: index, end: run.end + 1, family: U.ideoComma))
                index = run.end
            } else if line.cls(index).contains(.digit), index == start || startsItem(line[index - 1]),
                      let run = HeadingParser.arabicRun(line, index), run.end - index <= 2, line[run.end] == U.rparen,
                      line.cls(run.end + 1).contains(.ideograph) {
                result.append(InlineMarker(number: run.value, start: index, end: run.end + 1, family: U.rparen))
                index = run.end
            }
            index += 1
        }
        return result
    }
}
