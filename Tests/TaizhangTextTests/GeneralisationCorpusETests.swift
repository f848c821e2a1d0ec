import Testing
@testable import TaizhangText

/// Seventh pass (issue #14, corpus e): the forms the new dev documents (series e: reposted
/// news reports, open-government bulletins, document shops) showed the checker missing or
/// misreading, written here as general shapes — never corpus text.
@Suite struct GeneralisationCorpusETests {
    private func chromeLines(_ text: String) -> [Int] {
        Checker.check(text: text).findings.filter { $0.kind == .boilerplate }.map(\.line).sorted()
    }

    private func numbering(_ text: String) -> [Finding] {
        Checker.check(text: text).findings.filter { $0.kind == .numbering }
    }

    private let body = "今年以来,我镇在县委县政府的正确领导下,扎实推进各项工作,完成年度任务的56%。"

    // MARK: outline after a site's numbered notes

    /// A numbered notice of a download site above the document (1、… 3、) is no parent of the
    /// document's outline: its 2. under a glued 1. (二、工作内容1.道路硬化…。2.…) is no skip.
    @Test func aSiteNoticeDoesNotShapeTheOutline() {
        let text = "下载须知\n1、部分资料下载需要积分,请确认账户积分充足\n2、已购买的文档再次下载不重复扣费\n3、下载后请用对应软件打开\n"
            + "某村上半年工作总结一、基本情况今年以来,我村各项工作有序推进。二、主要工作1.道路硬化完成主干道建设。2.环境整治清理垃圾。3.文化活动丰富群众生活。"
        #expect(numbering(text).isEmpty)
    }

    /// The same with the notice's middle note missed by the chrome rules: the document's
    /// 一、 opens the outline afresh, and its 2. at a line start follows the glued 1. above.
    @Test func aGluedFirstItemUnderAHeadingCounts() {
        let text = "1. 下载文档前请自行甄别文档内容的完整性\n2. 部分内容仅供浏览\n3. 如有疑问请联系客服\n"
            + "一、社会救助工作扎实有力1.城乡低保落实到位。全镇发放低保金20万元。\n2.五保供养工作扎实。发放供养金5万元。\n3.临时救助及时。"
        #expect(numbering(text).isEmpty)
    }

    /// Still a skip: the document's own list jumps (一、…1.…\n3.…) after a notice.
    @Test func aRealSkipAfterANoticeIsStillReported() {
        let text = "下载须知\n1、部分资料下载需要积分,请确认账户积分充足\n2、已购买的文档再次下载不重复扣费\n3、下载后请用对应软件打开\n"
            + "一、主要工作\n1.道路硬化完成主干道建设。\n3.文化活动丰富群众生活。"
        #expect(numbering(text).map(\.text) == ["3."])
    }

    // MARK: chrome

    /// A numbered note between two notes the chrome rules take is part of the notice.
    @Test func theMiddleNoteOfASiteNoticeIsChrome() {
        let text = "1. 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑服务。\n2. 2、本页只能看到部分内容,完整内容请以实际文件为准。\n"
            + "3. 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理。\n" + body
        #expect(chromeLines(text) == [1, 2, 3])
    }

    /// A document's own numbered lines after one line of chrome are not taken.
    @Test func numberedLinesAfterOneChromeLineStayTheDocuments() {
        let text = "1. 下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑服务。\n2. 全年完成道路硬化3公里。\n3. 新建文化广场2处。\n"
        #expect(chromeLines(text) == [1])
    }

    /// The same words a site glues to the end of several paragraphs (a watermark).
    @Test func aWatermarkGluedToParagraphEndsIsChrome() {
        let mark = "ABC资料站--助力基层工作"
        let text = "某镇2023年上半年工作总结\n今年以来,我镇扎实推进各项工作,现总结如下。" + mark + "\n一、主要工作" + mark
            + "\n(一)抓好党建工作" + mark + "\n全镇发展党员12名,培训党员300人次。"
        let findings = Checker.check(text: text).findings.filter { $0.kind == .boilerplate }
        #expect(findings.map(\.line) == [2, 3, 4])
        #expect(findings.allSatisfy { $0.text == mark })
    }

    /// Headings and paragraphs that end alike are no watermark: different words, punctuation,
    /// or an ending shared by two lines only.
    @Test(arguments: [
        "一、加强基层党组织建设工作\n二、加强社区治理能力建设工作\n三、加强公共文化服务体系建设\n",
        "全年完成任务,得到群众一致好评。\n春节活动丰富多彩,得到群众一致好评。\n消夏晚会场场爆满,得到群众一致好评。\n",
        "某镇2023年上半年工作总结报告\n某村2023年上半年工作总结报告\n今年以来,各项工作有序推进。\n",
    ])
    func parallelEndingsAreNoWatermark(text: String) {
        #expect(chromeLines(text).isEmpty)
    }

    /// Short lines of a site above the document: a keyword row, a four-letter site name, a
    /// loading notice, a menu label, a preview control, a price in a shop's coins.
    @Test(arguments: ["镇政府,工作报告,2023", "社区,半年总结,工作计划,范文", "学习园地", "预览加载中,请您耐心等待几秒...",
                      "导航菜单", "预览", "10 金币", "下载券:2"])
    func siteLinesAboveTheDocument(line: String) {
        let text = line + "\n某镇2023年上半年工作总结\n" + body
        #expect(chromeLines(text) == [1])
    }

    /// A site's lead about the genre above the document: it points at texts, speaks of how
    /// they are written and of the reader's use.
    @Test func aSiteLeadAboutTheGenreIsChrome() {
        let text = "述职报告是干部向上级汇报工作的文书。以下是几篇述职报告范文,大家可以参考它们的写法。\n某局局长述职报告\n" + body
        #expect(chromeLines(text) == [1])
    }

    /// A document's opening that points at what follows for the reader's use is not.
    @Test func anOpeningThatAsksForReviewStays() {
        let text = "现将我局上半年工作情况报告如下,请予审议,供参考。\n" + body
        #expect(chromeLines(text).isEmpty)
    }

    /// A document's own head lines stay: a name of three letters, a spaced four-letter name,
    /// a unit of four letters, a salutation with commas, a headline with its figures.
    @Test(arguments: ["张晓明", "欧阳 晓明", "东城街道", "各位代表,各位委员:", "新增就业岗位1.6万个完成目标的133%",
                      "新增就业岗位106万个已完成目标的133"])
    func documentHeadLinesStay(line: String) {
        let text = line + "\n" + body
        #expect(chromeLines(text).isEmpty)
    }

    /// The header cells of a table under its caption, one per line, are no list of tags;
    /// nor are a table's empty cells (|||) or its cells with bars.
    @Test func tableCellsAreNoChrome() {
        let text = body + "\n附件:2023年6月各单位信件办理情况统计表\n承办单位\n\n承办件数\n\n办结数\n\n在办数\n\n东城街道\n\n12\n\n11\n\n1\n"
            + "序号 |\n单位 |\n||||||\n1 |\n东城街道 |\n12 |\n"
        #expect(chromeLines(text).isEmpty)
    }

    /// Tags without a caption above them are still a list of tags.
    @Test func tagsWithoutACaptionStayChrome() {
        let text = body + "\n相关标签\n社区\n\n总结\n\n计划\n"
        #expect(chromeLines(text).count >= 3)
    }

    /// A site's preview cut mid-sentence and its intro glued after it is the site's whole
    /// line; the text it previews is a repeat of it (from after the page title it opens with).
    @Test func aCutPreviewWithItsIntroIsChromeAndRepeated() {
        let opening = "今年以来,我局在县委县政府的正确领导下,认真贯彻落实上级决策部署,扎实推进重点工作,各项事业取得新进展"
        let text = "某局上半年工作总结" + opening + ",全下面是小编为大家整理的某局上半年工作总结3篇,供大家参考。\n"
            + "某局上半年工作总结篇1\n" + opening + ",全面完成了上半年各项任务。\n一、主要工作\n全年完成道路硬化3公里。"
        let report = Checker.check(text: text)
        #expect(report.findings.filter { $0.kind == .boilerplate }.map(\.line) == [1])
        #expect(report.findings.contains { $0.kind == .duplicate && $0.line == 3 })
        #expect(!report.findings.contains { $0.kind == .placeholder })
    }

    /// A document's own sentence that ends with a site's words stays a fragment: the text
    /// before it ends a sentence.
    @Test func anIntroAfterASentenceEndIsOnlyAFragment() {
        let text = "今年以来,我局在县委县政府的正确领导下,认真贯彻落实上级决策部署,扎实推进重点工作,各项事业取得新进展。下面是小编为大家整理的范文,供大家参考。"
        let chrome = Checker.check(text: text).findings.filter { $0.kind == .boilerplate }
        #expect(chrome.count == 1 && chrome[0].column > 1)
    }

    /// A title that names a bundle of texts (…工作总结7篇) is the page's even when it repeats;
    /// the bundled text's own 篇1 title is not.
    @Test func aBundleTitleIsThePagesEvenWhenRepeated() {
        let text = "2023年社区工作总结7篇(最新)\n\n社区工作总结7篇\n\n社区工作总结篇1\n" + body + "\n一、主要工作\n全年完成道路硬化3公里。\n"
            + "二、存在问题\n基础设施仍较薄弱。\n三、下步打算\n继续抓好各项工作。\n四、保障措施\n加强组织领导。\n五、其他\n做好日常工作。\n"
        #expect(chromeLines(text) == [1, 3])
    }

    // MARK: arithmetic and quantities

    /// A count of people against names grouped under their roles.
    @Test(arguments: [("共产生四名成员:组长张晓明,成员李强、王芳、赵刚。", true), ("领导小组共5人:组长王华,副组长李军,成员张敏、刘洋、陈静。", true)])
    func namesUnderRolesAreCounted(text: String, agrees: Bool) {
        let checks = Checker.check(text: text).checks
        #expect(checks.contains { $0.consistent == agrees && $0.statement.hasPrefix("count") })
    }

    /// Names under roles that do not add up are not called agreement (nor flagged).
    @Test func namesUnderRolesThatDoNotAddUpAreNoAgreement() {
        let checks = Checker.check(text: "共产生五名成员:组长张晓明,成员李强、王芳、赵刚。").checks
        #expect(!checks.contains { $0.statement.hasPrefix("count") && $0.consistent })
        #expect(!checks.contains { !$0.consistent })
    }

    /// A rate of an amount adjusted after the stated one (排除…后) is not checked against it.
    @Test func aRateOfAnAdjustedAmountIsNotChecked() {
        let text = "上半年共受理群众诉求7200件,排除疫情相关诉求后,受理量与去年同期8000件相比,下降12.5%。"
        #expect(Checker.check(text: text).checks.filter { !$0.consistent }.isEmpty)
    }

    /// Without the adjustment the same figures are checked, and a wrong rate is flagged.
    @Test func theSameRateWithoutAnAdjustmentIsFlagged() {
        let text = "上半年共受理群众诉求7200件,与去年同期8000件相比,下降12.5%。"
        #expect(Checker.check(text: text).checks.contains { !$0.consistent && $0.kind == "growth" })
    }

    /// 床 is a measure word (beds, quilts), and so is 床位 when it stands after a figure.
    @Test(arguments: [("安排棉被1000床发放到乡镇", "床", 1000.0), ("敬老院新增120床位", "床位", 120.0)])
    func bedsAreQuantities(text: String, unit: String, value: Double) {
        let quantities = Checker.check(text: text).quantities
        #expect(quantities.contains { $0.unit == unit && $0.value == value })
    }
}
