import Testing
@testable import TaizhangText

/// Outline markers behind a forum's anti-copy jammer (outline16, `ForumJammer`): read as the
/// outline's items; the jammer's own shape is required, so near misses give no heading.
@Suite struct ForumJammerTests {
    static func gaps(_ text: String) -> [Finding] { Checker.check(text: text, path: "t").findings.filter { $0.kind == .numbering } }
    static func outline(_ text: String) -> [String] { Checker.check(text: text, path: "t").outline.map(\.marker) }

    static let body = "主要包括标题、主送机关或称谓等内容,要写得简明确切。"

    @Test func markersBehindAJammerJoinTheOutline() {
        let text = ["述职报告一般由四个部分组成。",
                    "1.标题。" + Self.body,
                    "2 Q' w4 C2 L2 H( d- D' I$ ^2.主送机关。" + Self.body,
                    "\" p6 p% g5 Y) W* X( O4 w3.正文。" + Self.body,
                    "9 C7 A1 d+ K5 p1 [6 m4.签署。" + Self.body,
                    "述职报告写作的主要内容一般包括四个部分。",
                    "1.岗位职责和分管工作。" + Self.body,
                    "2.依法履行职责所做的主要工作。" + Self.body].joined(separator: "\n")
        #expect(Self.outline(text) == ["1.", "2.", "3.", "4.", "1.", "2."])
        // The list ran to 4.: the next 1. opens a new list, no repeat.
        #expect(Self.gaps(text).isEmpty)
    }

    @Test func aSkipBehindAJammerIsFound() {
        let text = ["一、写法", "# L* n6 Q% ^* `$ j8 f/ d 1.首部。" + Self.body,
                    "! |% U* L/ X& R) p* T: m$ o7 a 3.正文。" + Self.body].joined(separator: "\n")
        #expect(Self.gaps(text).map(\.text) == ["3."])
    }

    @Test func nearMissesGiveNoHeading() {
        // Letters without symbols (a code, initials), tokens too long (English), too few tokens,
        // a jammer before plain text, a figure list: no marker is read behind them.
        for line in ["A B C D E F 2.主送机关。" + Self.body, "It is a test of 2.主送机关。" + Self.body,
                     "Q' w4 C2 2.主送机关。" + Self.body, "2 Q' w4 C2 L2 H( d- D' I$ 主送机关。" + Self.body,
                     "1 2 3 4 5 6 7.主送机关。" + Self.body] {
            let text = ["1.标题。" + Self.body, line, "3.正文。" + Self.body].joined(separator: "\n")
            #expect(Self.outline(text) == ["1.", "3."], "\(line)")
        }
    }

    /// Pages of other forums of the same shape, in no fixture the rules were tuned on
    /// (Tests/Fixtures/outline-wild/jammer): j1's three markers behind a jammer (1.首部, (1)标题,
    /// (1)导言) join its outline; j2 and j3 put jammers before plain prose (“概”为第一部分):
    /// no heading there. No numbering finding on any of them.
    @Test func pagesOfOtherForumsAreReadByTheSameShape() throws {
        let folder = Fixtures.root.appendingPathComponent("outline-wild/jammer")
        let expected = ["j1.txt": ["1.", "(1)", "(2)", "2.", "(1)", "(2)"], "j2.txt": [], "j3.txt": []]
        for (name, outline) in expected {
            let text = try MetamorphicText.lines(of: folder.appendingPathComponent(name)).joined(separator: "\n")
            let report = Checker.check(text: text, path: name)
            #expect(report.outline.map(\.marker) == outline, "\(name)")
            #expect(report.findings.filter { $0.kind == .numbering }.isEmpty, "\(name)")
        }
    }
}
