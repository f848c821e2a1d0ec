import Testing
@testable import TaizhangText

/// Thirteenth pass (issue #14, corpus l): forms the unseen l series (reposts, document
/// sites and official sites of unit types the corpus lacked) showed the checker getting
/// wrong, written here as general shapes — never corpus text.
@Suite struct GeneralisationSeriesLTests {
    private func chromeLines(_ text: String) -> [Int] {
        Checker.check(text: text).findings.filter { $0.kind == .boilerplate }.map(\.line).sorted()
    }

    private let body = String(repeating: "全镇上下围绕中心工作扎实推进各项任务落实。", count: 5)

    // MARK: page chunks

    /// A page whose text opens on 1、 cut mid-word (no title, no body line above it) is a
    /// document site's chunks: 1、 and the next numbers are chrome.
    @Test func aCutFirstChunkOpeningThePageSignsTheChunks() {
        let text = "1、\(body)基层党建工作持续加\n2、强,\(body)民生保障不断改\n3、善,\(body)\n"
        #expect(chromeLines(text) == [1, 2, 3])
    }

    /// The same first line that ends on a finished sentence is a list's first item.
    @Test func aFirstItemEndingItsSentenceIsText() {
        let text = "1、\(body)\n2、\(body)\n"
        #expect(chromeLines(text).isEmpty)
    }

    /// The cut may fall right before a comma: 2、,… continues the chunks.
    @Test func aChunkCutBeforeACommaIsStillAChunk() {
        let text = "1、\(body)基层党建工作持续加强\n2、,\(body)民生保障不断改\n"
        #expect(chromeLines(text) == [1, 2])
    }

    /// A document site's title and banner lines above the first chunk sign it as well.
    @Test func aTitleAndBannerAboveTheFirstChunkSignIt() {
        let text = "某县残联工作汇报 (3) .doc\n"
            + "《某县残联工作汇报 (3) .doc》由会员分享,可在线阅读,更多相关《某县残联工作汇报 (3) .doc(5页珍藏版)》请在某文库上搜索。\n"
            + "1、\(body)基层党建工作持续加\n2、,\(body)民生保障不断改\n"
        #expect(chromeLines(text) == [1, 2, 3, 4])
    }

    /// A body line that opens on a book title holds a chrome word further on: only that
    /// word's clause is residue, the line stays text.
    @Test func aBookTitleOpeningABodyLineIsNoBanner() {
        let line = "《某县工作总结》印发后,各单位认真组织学习,召开专题会议逐条对照检查,相关文章在网站刊发,全体干部深入研讨,形成共识,推动各项工作落到实处。"
        let found = Checker.check(text: line).findings.filter { $0.kind == .boilerplate }
        #expect(found.count == 1)
        #expect(found.first?.column ?? 1 > 1)
    }

    /// A title alone on its line, repeated right below at the start of the first sentence:
    /// the line above was the page's title.
    @Test func aTitleRepeatedGluedToTheFirstSentenceMarksThePageTitle() {
        let text = "2024某社区卫生服务中心工作总结\n2024某社区卫生服务中心工作总结2024年,中心在全年的工作中取得了显著成绩。\n一、医疗服务\n"
        #expect(chromeLines(text) == [1])
    }

    /// A first sentence that opens with only part of the title above leaves it the title.
    @Test func aSentenceSharingPartOfTheTitleLeavesItText() {
        let text = "2024某社区卫生服务中心工作总结\n2024某社区卫生服务中心全年工作取得显著成绩,群众满意度提升。\n一、医疗服务\n"
        #expect(chromeLines(text).isEmpty)
    }

    // MARK: outline

    private func numberingFindings(_ text: String) -> [String] {
        Checker.check(text: text).findings.filter { $0.kind == .numbering }.map(\.text)
    }

    /// A chunk number is no heading; the page's title after it runs on to 一、, so a later
    /// 二、 glued after a sentence is no skip.
    @Test func aChunkTitleRunsOnToTheFirstSection() {
        let text = "1、某县工作汇报 一、基本情况 \(body)持续加\n2、强,\(body)。 二、业务工作概况:\(body)\n"
        #expect(numberingFindings(text).isEmpty)
    }

    @Test func aSkipAfterAChunkTitleIsStillReported() {
        let text = "1、某县工作汇报 一、基本情况 \(body)持续加\n2、强,\(body)。 三、业务工作概况:\(body)\n"
        #expect(numberingFindings(text) == ["三、"])
    }

    /// 二是…。二是…。 — a heading doubled whole by the extraction is no repeated number.
    @Test func aDoubledHeadingSentenceIsNoRepeat() {
        let text = "工作开展情况如下。一是强化宣传引导。宣传活动持续开展。二是抓好志愿服务。二是抓好志愿服务。志愿者积极参与。三是"
        #expect(numberingFindings(text).isEmpty)
    }

    /// The same number before a different clause is still reported.
    @Test func aRepeatedNumberBeforeAnotherClauseIsReported() {
        let text = "工作开展情况如下。一是强化宣传引导。宣传活动持续开展。二是抓好志愿服务。二是做好关爱帮扶。志愿者积极参与。三是"
        #expect(numberingFindings(text) == ["二是"])
    }

    // MARK: missing numbers

    /// 分工不分家, — a negation and one verb before a measure word make a verb phrase.
    @Test func aNegatedVerbBeforeAMeasureIsNoDeletedNumber() {
        let report = Checker.check(text: "全园教职工职责明确,做到分工不分家,相互支持。")
        #expect(!report.findings.contains { $0.kind == .missingNumber })
    }

    /// Without the negation the same clause-end measure is still read as lacking its number.
    @Test func aVerbBeforeAMeasureAtTheClauseEndIsStillReported() {
        let report = Checker.check(text: "全园教职工职责明确,做到分工后分家,相互支持。")
        #expect(report.findings.contains { $0.kind == .missingNumber })
    }

    // MARK: quantities

    /// 总人口19.7万, — a 万/亿 figure closing its clause after a noun is a quantity in 万.
    @Test func aMagnitudeClosingItsClauseIsAQuantity() {
        let found = Checker.check(text: "全县总人口19.7万,地区生产总值43.9亿;财政收入1.63亿。").quantities
        #expect(found.map(\.unit) == ["万", "亿", "亿"])
        #expect(found.first?.normalized == 197_000)
    }

    /// A figure whose unit follows (or follows the 、-list) keeps it; a range is no clause end.
    @Test func aMagnitudeBeforeItsUnitOrAListKeepsTheUnit() {
        let found = Checker.check(text: "培训1.2万、3.4万人次,投入3万-5万元。").quantities
        #expect(!found.contains { $0.unit == "万" })
    }

    /// 扇 counts leaves of doors and windows; 扇子 is a word.
    @Test func leavesOfWindowsAreCounted() {
        let found = Checker.check(text: "修理窗户十多扇,购置扇子三把。").quantities
        #expect(found.contains { $0.unit == "扇" && $0.value == 10 })
        #expect(!found.contains { $0.text.contains("扇子") })
    }
}
