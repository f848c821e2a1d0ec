import Testing
@testable import TaizhangText

/// Twelfth pass (issue #14, corpus j): forms the unseen j series (web pages with their
/// chrome) showed the checker getting wrong, written here as general shapes — never corpus text.
@Suite struct GeneralisationSeriesJTests {
    private func flags(_ text: String) -> [ArithmeticCheck] {
        Checker.check(text: text).checks.filter { !$0.consistent }
    }

    private func chromeLines(_ text: String) -> [Int] {
        Checker.check(text: text).findings.filter { $0.kind == .boilerplate }.map(\.line).sorted()
    }

    // MARK: parts of a total

    /// 公共安全案件10件: 共 inside an item of the 、-list is part of a name, no new total.
    @Test func aListItemHoldingATotalWordIsStillAPart() {
        let report = Checker.check(text: "全年受理案件40件,其中民事案件10件、公共安全案件10件、行政案件20件。")
        #expect(report.checks.contains { $0.consistent && $0.statement.hasPrefix("total 40件 = 10 + 10 + 20") })
        #expect(!report.checks.contains { !$0.consistent })
    }

    /// After a comma, a total word still opens a new total: the 其中 list is a subset.
    @Test func aTotalAfterACommaStillEndsTheParts() {
        #expect(flags("全年培训干部90人次,其中村干部30人次,共组织考试20人次。").isEmpty)
    }

    /// …文件5条,包括…: a part that opens a breakdown of its own is the last part; its
    /// breakdown (其他…) does not make the first 其中 list exhaustive.
    @Test func aPartWithItsOwnBreakdownEndsTheParts() {
        let report = Checker.check(text: "全年发布信息200条,其中工作动态80条;发布政策文件5条,包括规范性文件3条、其他文件2条。")
        #expect(!report.checks.contains { !$0.consistent })
        #expect(report.checks.contains { $0.statement.hasPrefix("total 5条 = 3 + 2") })
    }

    /// 1条,包括…1条,以及…2条: a comma before a joiner continues the one list, so parts
    /// above the total are reported.
    @Test func partsJoinedByCommaAndJoinerAboveTheTotalAreFlagged() {
        let found = flags("本年度公开预算信息1条,包括部门预算1条,以及项目支出信息2条。")
        #expect(found.count == 1)
        #expect(found.first?.statement.contains("parts exceed the total") == true)
    }

    // MARK: placeholders

    /// QQ号:123…: capitals naming a field whose digits follow are a label, not a blank.
    @Test func lettersLabellingAFieldValueAreNoPlaceholder() {
        let report = Checker.check(text: "依托馆内交流群(QQ号:123456789)发布通知。")
        #expect(!report.findings.contains { $0.kind == .placeholder })
    }

    @Test func repeatedCapitalsBeforeANameAreStillAPlaceholder() {
        let report = Checker.check(text: "在AA区开展宣传活动。")
        #expect(report.findings.contains { $0.kind == .placeholder })
    }

    // MARK: chrome

    /// A download site's banner, chrome as a whole line, signs the chunk under it: 1、
    /// opening a long line cut mid-word, then 2、 after it.
    @Test func aBannerLineAboveACutFirstChunkSignsTheChunks() {
        let body = String(repeating: "全镇上下围绕中心工作扎实推进各项任务落实。", count: 5)
        let text = "《某镇工作总结.docx》由会员分享,可在线阅读,更多相关《某镇工作总结.docx(6页珍藏版)》请在某文库上搜索。\n"
            + "1、\(body)基层党建工作持续加\n2、强,\(body)民生保障不断改\n"
        #expect(chromeLines(text) == [1, 2, 3])
    }

    @Test func aCutFirstItemWithoutABannerIsText() {
        let body = String(repeating: "全镇上下围绕中心工作扎实推进各项任务落实。", count: 5)
        let text = "一、主要工作\n1、\(body)基层党建工作持续加\n2、强,\(body)民生保障不断改\n"
        #expect(chromeLines(text).isEmpty)
    }

    /// (某社区 审核人:王明 编辑人:李华) after the last sentence: a byline of role:name fields.
    @Test func aBracketOfRoleNameFieldsAfterTheLastSentenceIsChrome() {
        let text = "社区组织志愿者开展环境整治活动,清理卫生死角。(某社区 审核人:王明 编辑人:李华)"
        let found = Checker.check(text: text).findings.filter { $0.kind == .boilerplate }
        #expect(found.count == 1)
        #expect(found.first?.text.hasPrefix("(") == true)
    }

    @Test func aBracketedNoteWithOneFieldIsText() {
        #expect(chromeLines("全年完成投资较上年有所增长。(数据来源:区统计局)").isEmpty)
    }

    /// 党委书记 王某某 139…: a short line closing on a mobile or landline number.
    @Test func aContactRowWithAPhoneNumberIsChrome() {
        #expect(chromeLines("正文一句。\n党委书记 王某某 13912345678\n办公室 0371-61234567\n") == [2, 3])
    }

    @Test func aTableRowWithALargeFigureIsNoContact() {
        let text = "一、主要指标\n全年经济运行总体平稳,各项指标稳中有进。\n地区生产总值 12345678\n税收收入 20231234567\n全年经济运行平稳。\n"
        #expect(chromeLines(text).isEmpty)
    }

    // MARK: quantities

    /// 两个多小时: 多 inside the unit 个小时, not a figure of 个.
    @Test func aQualifierInsideACompoundTimeUnitIsRead() {
        let found = Checker.check(text: "经过两个多小时的清理,环境明显改善。").quantities
        #expect(found.map { "\($0.value)\($0.unit)\($0.qualifier ?? "-")" } == ["2.0个小时多"])
    }

    @Test func aCountBeforeAnotherNounKeepsItsUnit() {
        let found = Checker.check(text: "新建两个多功能活动室。").quantities
        #expect(found.map { "\($0.value)\($0.unit)" } == ["2.0个"])
    }
}
