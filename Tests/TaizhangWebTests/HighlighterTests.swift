import Testing
@testable import TaizhangWeb

struct HighlighterTests {
    func finding(_ column: Int, _ text: String) -> CheckerPage.Finding {
        .init(kind: .placeholder, severity: .error, line: 1, column: column, text: text, message: "m")
    }

    @Test func marksTheFindingsCharacters() {
        let line = Array("今年开展活动次。")
        let spans = Highlighter.spans(line: line, findings: [(1, finding(5, "活动次"))])
        #expect(spans == [.init(start: 4, end: 7, index: 1)])
    }

    @Test func excerptFindingsRunToTheLineEnd() {
        let line = Array("我们将继续加强阵地建设")
        #expect(Highlighter.spans(line: line, findings: [(1, finding(3, "将继续加强…"))]) == [.init(start: 2, end: 11, index: 1)])
    }

    @Test func overlapsAreTrimmedNotNested() {
        let line = Array("20__年xx个")
        let spans = Highlighter.spans(line: line, findings: [(1, finding(1, "20__年")), (2, finding(3, "__年xx"))])
        #expect(spans == [.init(start: 0, end: 5, index: 1), .init(start: 5, end: 7, index: 2)])
    }

    @Test func checkerPageHighlightsInPlace() {
        let html = Fixtures.checker(.zh)
        #expect(html.contains("<mark class=\"tz-find tz-sev-error\" id=\"find-1\" data-finding=\"1\""))
        #expect(html.contains("&lt;加强&gt;"))
        #expect(html.contains("id=\"explain-4\""))
    }

    @Test func inlineDiffMarksChangedCharacters() {
        let pieces = InlineDiff.pieces("开展演出71场", "开展演出75场")
        #expect(pieces == [.same("开展演出7"), .removed("1"), .added("5"), .same("场")])
    }
}
