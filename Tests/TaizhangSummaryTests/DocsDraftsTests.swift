import Foundation
import Testing
import TaizhangDocument
import TaizhangDomain
import TaizhangSummary

/// docs/summary.md shows three generated drafts; their openings and plans must still be
/// what the code writes (regenerate the doc's drafts when this fails).
@Suite struct DocsDraftsTests {
    static let doc = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/summary.md")

    @Test(arguments: [("东湖街道", false), ("城关街道", false), ("临江区文化和旅游局", true)])
    func theDocShowsTheDraftsAsGenerated(name: String, subtree: Bool) throws {
        let text = try String(contentsOf: Self.doc, encoding: .utf8)
        let demo = try DemoDraftsTests.drafts(CivilDate(2026, 12, 5)).0

        let input = DraftInputBuilder.build(demo.source(demo.unit(named: name), period: .half(2026, 1), subtree: subtree))
        let document = DraftComposer().compose(input)

        for id in ["opening", "problems-body", "plans-body"] {
            let paragraph = try #require(document.block(id: id)).plainText
            #expect(text.contains(paragraph), "docs/summary.md is stale for \(name) \(id)")
        }
    }
}
