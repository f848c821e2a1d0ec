import Testing
@testable import TaizhangText

/// Sixteenth pass (issue #14, chrome7): the structural classes of chrome left on dev, written as
/// general shapes (never corpus text), each with near misses of the body that must stay text.
@Suite struct ChromeLeftoversTests {
    private func chromeLines(_ text: String) -> [Int] {
        Checker.check(text: text).findings.filter { $0.kind == .boilerplate }.map(\.line)
    }

    private let sentence = "今年以来,我们围绕中心工作扎实推进各项任务,群众满意度明显提升,基层治理能力不断增强,"
        + "各项重点工作取得了较好成效,为全年目标的完成打下了坚实基础。"

    // MARK: a forum's anti-copy noise inside a line

    @Test func noiseAfterTheLastSentenceIsChrome() {
        let text = "某某中心工作小结\n\(sentence)。 K! p) x7 W+ e4 {2 M\n\(sentence)\n"
        #expect(chromeLines(text).contains(2))
        #expect(!chromeLines(text).contains(3))
    }

    @Test func noiseBeforeASignatureIsChrome() {
        let text = "某某中心工作小结\n\(sentence)\n& Q( v^ |3 t8 Z 某某县政务服务中心\n"
        #expect(chromeLines(text).contains(3))
    }

    /// Markers and figures split by spaces are the text's: one kind of mark, or none.
    @Test func markersAndFiguresSplitBySpacesAreText() {
        let text = "某某中心工作小结\n\(sentence)\n主要做法分为 1) 2) 3) 4) 四个步骤,逐项推进落实。\n"
            + "全年指标 12 35 7.5 100 均已完成,群众满意度持续提升。\n"
        #expect(chromeLines(text).isEmpty)
    }

    // MARK: bars alone: the page's frame or the table's cells

    @Test func barsAfterProseAreThePagesFrame() {
        let text = "|\n某某街道工作总结\n\(sentence)\n||\n"
        let lines = chromeLines(text)
        #expect(lines.contains(1) && lines.contains(4))
    }

    @Test func barsBetweenTableCellsAreTheTables() {
        let text = "某某街道工作总结\n\(sentence)\n二、主动公开情况\n|\n信息内容 |\n本年新制作数量 |\n|\n规章 |\n0 |\n|\n"
        #expect(chromeLines(text).isEmpty)
    }

    // MARK: page chunks whose first chunk carries the title

    private let long = String(repeating: "街道坚持问题导向,聚焦群众关切,持续推进基层治理能力建设,", count: 6)

    @Test func aFirstChunkCarryingTheTitleSignsTheChunks() {
        let text = "1、某县人民调解工作汇报 为了进一步加强基层组织建设,\(long)取得明显成效。\n"
            + "2、 (一)组织机构比较健全。\(long)全县共有调解组\n3、织二百余个,\(long)\n"
        let lines = chromeLines(text)
        #expect(lines.contains(1) && lines.contains(2) && lines.contains(3))
    }

    /// A long first item that names a task (no report word before its first comma) is the list's.
    @Test func aLongFirstItemWithoutATitleIsText() {
        let text = "1、为实现学校发展目标,\(long)取得明显成效。\n2、抓好学校常规管理,\(long)成效明显。\n"
        #expect(chromeLines(text).isEmpty)
    }

    // MARK: data above the body

    @Test func tableHeaderCellsAboveARowNumberAreTheTables() {
        let text = "关于某某局重点工作进展情况的报告\n\n序号\n\n工作内容及要求\n\n完成情况\n\n是否完成\n\n1\n\n\(sentence)\n"
        #expect(chromeLines(text).isEmpty)
    }

    @Test func aGraphicsCaptionAndFiguresAreText() {
        let text = "全市地方\n一般公共预算收入\n312.5亿元 同比增长8.6%\n完成年初预算的52.3%\n\(sentence)\n"
        #expect(chromeLines(text).isEmpty)
    }

    /// Short page lines above a date or a sentence are still the page's.
    @Test func pageLinesAboveADateStayChrome() {
        let text = "服务粉丝\n用心陪伴\n2023-07-13\n某镇上半年工作总结\n\(sentence)\n"
        let lines = chromeLines(text)
        #expect(lines.contains(1) && lines.contains(2))
    }

    @Test func aDatedBulletinTitleIsTheDocuments() {
        let text = "欢迎访问某某网站\n\n2023年1—6月执行工作情况通报\n\n\(sentence)\n"
        #expect(!chromeLines(text).contains(3))
    }

    @Test func anUndatedColumnNamedForABulletinStaysChrome() {
        let text = "政府公报专栏\n\n某镇上半年工作总结\n\n\(sentence)\n"
        #expect(chromeLines(text).contains(1))
    }

    // MARK: an ordinal piece heading, a bare key's value

    @Test func anOrdinalPieceHeadingIsText() {
        let text = "某某工作总结(汇总4篇)\n某某工作总结【第一篇】\n\(sentence)\n"
        let lines = chromeLines(text)
        #expect(lines.contains(1) && !lines.contains(2))
    }

    @Test func aButtonLabelTakesNoValue() {
        let text = "某局工作报告\n发布日期:2021-12-31 浏览次数:\n分享:\n序号\n\n1\n\n\(sentence)\n"
        #expect(!chromeLines(text).contains(4))
    }

    @Test func aMetadataKeyTakesItsValue() {
        let text = "某局工作报告\n索引号:\n1133060000/2021-223371\n\n\(sentence)\n"
        #expect(chromeLines(text).contains(3))
    }
}

/// Sixteenth pass (chrome7): how sites sign, sell and annotate texts (`BoilerplateRule+Credits`),
/// each shape with its near miss in the body.
@Suite struct ChromeLeftoversCreditsTests {
    private func chromeLines(_ text: String) -> [Int] {
        Checker.check(text: text).findings.filter { $0.kind == .boilerplate }.map(\.line)
    }

    private let sentence = "今年以来,我们围绕中心工作扎实推进各项任务,群众满意度明显提升,基层治理能力不断增强,"
        + "各项重点工作取得了较好成效,为全年目标的完成打下了坚实基础。"

    @Test func aDocumentSitesTaglineIsChrome() {
        let alone = "某镇工作总结\n\(sentence)\n优秀文库\n"
        let opening = "精编范文-用心为您整理 某镇工作总结 \(sentence)\n"
        let closing = "某镇工作总结\n\(sentence) 优质范文集锦\n"
        #expect(chromeLines(alone).contains(3))
        #expect(chromeLines(opening).contains(1))
        #expect(chromeLines(closing).contains(2))
    }

    /// Quality words about the unit's own work are text.
    @Test func qualityWordsOfTheWorkAreText() {
        let text = "某镇工作总结\n\(sentence)\n优质服务水平持续提升,全年开设精品课程12门。\n"
        #expect(chromeLines(text).isEmpty)
    }

    @Test func aNewsSitesNoticeAboutItselfIsChrome() {
        let text = "某镇工作总结\n\(sentence)\n本网转载的稿件不代表本网观点,如有问题请与本网联系。\n"
        #expect(chromeLines(text).contains(3))
    }

    /// 本网格 (a grid of community management) is the text's, whatever follows.
    @Test func aGridOfTheCommunityIsText() {
        let text = "某社区工作总结\n\(sentence)\n本网格内共有住户320户,居民书画作品展出12件。\n"
        #expect(chromeLines(text).isEmpty)
    }

    @Test func aReadingTimeLineIsChrome() {
        let text = "全文约520字,阅读需要3分钟\n\(sentence)\n"
        #expect(chromeLines(text).contains(1))
    }

    /// Minutes and characters without reading: a training's length, the text's.
    @Test func aTrainingsLengthIsText() {
        let text = "某镇工作总结\n\(sentence)\n培训时长45分钟,讲稿3000字\n"
        #expect(!chromeLines(text).contains(3))
    }

    @Test func aBracketedPointerToOtherMaterialIsChrome() {
        let text = "某镇工作总结\n\(sentence)\n(相关新闻见第3版)\n(相关图)\n"
        let lines = chromeLines(text)
        #expect(lines.contains(3) && lines.contains(4))
    }

    /// A bracketed note of a task in a plan points nowhere: the text's.
    @Test func aBracketedTaskNoteIsText() {
        let text = "某镇工作计划\n\(sentence)\n(相关单位按职责分工负责)\n"
        #expect(chromeLines(text).isEmpty)
    }

    @Test func aReportersCreditOnItsOwnLineIsChrome() {
        let text = "某市上半年财政运行情况\n\(sentence)\n(记者 王小明)\n"
        #expect(chromeLines(text).contains(3))
    }

    /// A role without a name set apart (a reporters' day) is the text's.
    @Test func aReportersDayIsText() {
        let text = "某市宣传工作总结\n\(sentence)\n(记者节活动)\n"
        #expect(chromeLines(text).isEmpty)
    }
}
