import Foundation
import Testing
import TaizhangDomain
import TaizhangSummary
import TaizhangText

/// The import preview: one candidate per figure, totals with their 其中 parts folded in,
/// running totals flagged, whole-phrase titles, the document's own period.
@Suite struct ImportPreviewTests {
    let catalog: Catalog
    init() throws { catalog = try Catalog.publicCulture() }

    private func preview(_ text: String, existing: [String: Double] = [:]) -> ImportPreview {
        ImportPreviewBuilder.build(text: text, report: Checker.check(text: text), catalog: catalog, existing: existing)
    }

    @Test(arguments: [("2025年上半年文化站工作总结\n上半年共开展活动。", "2025H1"), ("二〇二三年下半年工作总结", "2023H2"),
                      ("2024年1-6月工作情况", "2024H1"), ("2022年第一季度工作小结", "2022Q1"), ("2021年度工作总结", "2021")])
    func documentPeriodIsDetected(text: String, code: String) {
        #expect(DocumentPeriod.detect(in: text)?.code == code)
    }

    @Test func totalAndPartsAreOneCandidate() throws {
        // Act
        let result = preview("2025年上半年工作总结\n上半年共举办文艺演出57场,其中送戏下乡31场、广场演出26场。")
        // Assert
        let performances = result.candidates.filter { $0.indicatorCode == result.candidates.first?.indicatorCode }
        #expect(performances.count == 1)
        let total = try #require(performances.first)
        #expect(total.value == 57)
        #expect(total.parts.map(\.value) == [31, 26])
        #expect(result.importable.reduce(0) { $0 + $1.value } == 57)
        #expect(result.period == "2025H1")
    }

    @Test func runningTotalsAreFlaggedNotImported() throws {
        // Act
        let result = preview("2025年上半年工作总结\n我站已累计放映公益电影1526场。上半年放映公益电影120场。")
        // Assert
        let running = try #require(result.candidates.first { $0.value == 1526 })
        #expect(running.cumulative)
        #expect(!running.importable)
        let period = try #require(result.candidates.first { $0.value == 120 })
        #expect(!period.cumulative)
        #expect(period.importable)
    }

    @Test func titlesAreWholePhrases() throws {
        // Act
        let result = preview("2025年上半年工作总结\n举办文艺演出12场,吸引群众1.2万人次,及电话投诉受理8件。")
        // Assert
        let titles = result.candidates.map(\.title)
        #expect(titles.contains("举办文艺演出12场"))
        #expect(titles.contains("吸引群众1.2万人次"))
        #expect(titles.contains("电话投诉受理8件"))
    }

    @Test func conflictsWithTheLedgerAreShown() throws {
        // Setup
        let first = preview("2025年上半年工作总结\n举办文艺演出12场。")
        let code = try #require(first.candidates.first?.indicatorCode)
        // Act
        let result = preview("2025年上半年工作总结\n举办文艺演出12场。", existing: [code: 9])
        // Assert
        #expect(result.candidates.first?.conflict?.contains("9") == true)
    }
}
