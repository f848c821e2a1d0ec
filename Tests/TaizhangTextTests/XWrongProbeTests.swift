import Foundation
import Testing
@testable import TaizhangText

/// Real sums and rates from pages outside the corpus and every fixture (Tests/Fixtures/probes/
/// xwrong.txt; twenty-fifth pass, xwrong), each judged by hand before the checker read it: `ok`
/// (the figures agree), `wrong` (the text's own figures give another whole or rate), `none` (figures
/// that look like a statement but are not one: a 其中 subset, a base the text does not give). A check
/// is the statement's when it overlaps the statement's anchor. Wrong statements found, consistent
/// ones credited and false flags (on `ok` or `none`) are printed and held: no false flag, ever.
@Suite struct XWrongProbeTests {
    struct Verdicts { var credited = false, flagged = false, statements: [String] = [] }

    /// The checks of the whole excerpt that overlap the anchor (a title line first, as a page has).
    static func verdicts(_ text: String, _ anchor: String) -> Verdicts? {
        let body = "概况\n" + text
        let lines = body.components(separatedBy: "\n")
        guard let number = lines.firstIndex(where: { $0.contains(anchor) }),
              let range = lines[number].range(of: anchor) else { return nil }
        let from = lines[number].distance(from: lines[number].startIndex, to: range.lowerBound) + 1
        let to = from + anchor.count
        let over = Checker.check(text: body, path: "xwrong.txt").checks.filter {
            $0.line == number + 1 && $0.column < to && $0.column + $0.text.count > from
        }
        return Verdicts(credited: over.contains { $0.consistent }, flagged: over.contains { !$0.consistent },
                        statements: over.map { ($0.consistent ? "+ " : "- ") + $0.statement })
    }

    struct Score {
        var ok = 0, credited = 0, wrong = 0, found = 0, none = 0, falseFlags = 0; var lines: [String] = []

        /// Prints `<label> probe: …` and, when `dumpVariable` names a path, writes every check's line there.
        func report(_ label: String, dumpVariable: String) throws {
            print("\(label) probe: \(ok) ok, \(wrong) wrong, \(none) none: wrong found \(found)/\(wrong), ok credited \(credited)/\(ok), false flags \(falseFlags)")
            if let path = ProcessInfo.processInfo.environment[dumpVariable] {
                try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
            }
        }
    }

    /// Scores a probe file of this format (xwrong.txt, xrate20.txt, …): each check's verdict
    /// against what the checker reads on its anchor — one scorer for every probe of this shape.
    static func score(_ file: String = "xwrong.txt") throws -> Score {
        var score = Score()
        for check in try ProbeFile.checks(file) {
            guard let read = verdicts(check.text, check.anchor) else {
                score.lines.append("ANCHOR NOT FOUND \(check.anchor)")
                continue
            }
            switch check.verdict {
            case "ok":
                score.ok += 1
                if read.credited && !read.flagged { score.credited += 1 }
                if read.flagged { score.falseFlags += 1 }
            case "wrong":
                score.wrong += 1
                if read.flagged { score.found += 1 }
            default:
                score.none += 1
                if read.flagged { score.falseFlags += 1 }
            }
            score.lines.append("\(check.verdict)\tcredited=\(read.credited) flagged=\(read.flagged)\t\(check.anchor)\t\(check.note)\t\(read.statements)")
        }
        return score
    }

    @Test func wrongStatementsAreFlaggedAndNothingElse() throws {
        // Arrange, Act
        let score = try Self.score()
        try score.report("xwrong", dumpVariable: "TAIZHANG_XWRONG_DUMP")
        // Assert
        #expect(!score.lines.contains { $0.hasPrefix("ANCHOR") }, "\(score.lines.filter { $0.hasPrefix("ANCHOR") })")
        #expect(score.ok + score.wrong + score.none >= 50 && score.wrong >= 10 && score.none >= 15)
        #expect(score.falseFlags == 0, "\(score.lines.filter { !$0.hasPrefix("wrong") && $0.contains("flagged=true") })")
        // Floors at this pass's figures (main read 1 wrong of 12 and 35 of the first 45 ok).
        #expect(score.found >= 5)
        #expect(score.credited >= 44)
    }
}
