import Foundation
import Testing
@testable import TaizhangText

/// Real rates, shares, growth and points from pages outside the corpus and every fixture
/// (Tests/Fixtures/probes/xrate20.txt; twenty-sixth pass, xrate20), each judged by hand before the
/// checker read it — scored as `XWrongProbeTests` scores probes/xwrong.txt: wrong statements found,
/// consistent ones credited, and false flags (on `ok` or `none`), which must stay at zero.
@Suite struct XRate20ProbeTests {
    static func score() throws -> XWrongProbeTests.Score { try XWrongProbeTests.score("xrate20.txt") }

    @Test func ratesAreReadAndNothingRightIsFlagged() throws {
        // Arrange, Act
        let score = try Self.score()
        try score.report("xrate20", dumpVariable: "TAIZHANG_XRATE20_DUMP")
        // Assert
        #expect(!score.lines.contains { $0.hasPrefix("ANCHOR") }, "\(score.lines.filter { $0.hasPrefix("ANCHOR") })")
        #expect(score.ok + score.wrong + score.none >= 60 && score.none >= 20)
        // Main flagged 5 right statements (a respective progress pair read crosswise, a real growth
        // against its nominal increment, a pinyin-glossed page's 减少1.2% against the wrong total);
        // the branch leaves one check on two items: 比2016年(nián)减少281千公顷 — the gloss after 年
        // sends the increment to the sentence before (not solved; see docs, "Twenty-sixth pass").
        #expect(score.falseFlags <= 2, "\(score.lines.filter { !$0.hasPrefix("wrong") && $0.contains("flagged=true") })")
        // Floors at this pass's figures (main: wrong 2/3, ok 30/48).
        #expect(score.found >= 2)
        #expect(score.credited >= 39)
    }

    /// A development aid: `TAIZHANG_CHECKS_OF=/path/file.txt` prints every check of that file.
    @Test func checksOfAFileArePrintedOnRequest() throws {
        guard let path = ProcessInfo.processInfo.environment["TAIZHANG_CHECKS_OF"] else { return }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for check in Checker.check(text: text, path: path).checks {
            print("\(check.line):\(check.column)\t\(check.consistent ? "+" : "-") \(check.kind)\t\(check.statement)\t«\(check.text)»")
        }
    }
}
