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

/// Regenerates docs/summary.md's three drafts (the ```text blocks under "Three generated
/// drafts", in the order above) from the code. Runs only when asked:
/// `TAIZHANG_WRITE_DOC_DRAFTS=1 swift test --filter DocsDraftsWriter`.
@Suite struct DocsDraftsWriter {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["TAIZHANG_WRITE_DOC_DRAFTS"] != nil))
    func writeTheDocsDrafts() throws {
        let demo = try DemoDraftsTests.drafts(CivilDate(2026, 12, 5)).0
        let texts = [("东湖街道", false), ("城关街道", false), ("临江区文化和旅游局", true)].map { name, subtree in
            PlainTextWriter().text(for: DraftComposer().compose(
                DraftInputBuilder.build(demo.source(demo.unit(named: name), period: .half(2026, 1), subtree: subtree))))
        }
        let doc = try String(contentsOf: DocsDraftsTests.doc, encoding: .utf8)
        let parts = doc.components(separatedBy: "## Three generated drafts")
        try #require(parts.count == 2)
        var blocks = parts[1].components(separatedBy: "```text\n")
        try #require(blocks.count == texts.count + 1)
        for (i, text) in texts.enumerated() {
            let rest = try #require(blocks[i + 1].range(of: "```"))
            blocks[i + 1] = text.trimmingCharacters(in: .newlines) + "\n" + blocks[i + 1][rest.lowerBound...]
        }
        try (parts[0] + "## Three generated drafts" + blocks.joined(separator: "```text\n"))
            .write(to: DocsDraftsTests.doc, atomically: true, encoding: .utf8)
        #expect(try String(contentsOf: DocsDraftsTests.doc, encoding: .utf8).contains(texts[0].trimmingCharacters(in: .newlines)))
    }
}
