import Testing
@testable import TaizhangText

/// Tenth pass (issue #14, corpus h): forms the unseen h series showed the checker misreading,
/// written here as general shapes — never corpus text.
@Suite struct GeneralisationSeriesHTests {
    private func findings(_ text: String, _ kind: FindingKind) -> [Finding] {
        Checker.check(text: text).findings.filter { $0.kind == kind }
    }

    // MARK: a count unit naming a section

    /// 一、门诊人次 / 二、服务人次: a heading naming the measure its section reports is no
    /// deleted number.
    @Test func aHeadingEndingInACountUnitIsNoMissingNumber() {
        let text = "一、门诊人次\n本季度全院门诊12.5万人次,同比增长3.2%。\n二、服务人次\n全年上门服务3200人次。"
        #expect(findings(text, .missingNumber).isEmpty)
    }

    /// Still missing: a number-taking verb before the unit in a heading (三、共接待人次), and
    /// the unit at a clause end in body text (全年共服务人次。).
    @Test func aDeletedCountIsStillReported() {
        let heading = "三、共接待人次\n全年接待群众来访。"
        let body = "一、基本情况\n全年共服务人次。"
        #expect(findings(heading, .missingNumber).map(\.text) == ["人次"])
        #expect(findings(body, .missingNumber).map(\.text) == ["人次"])
    }

    /// The percent sign at a heading's end is still a deleted figure (二、完成率%).
    @Test func aBarePercentInAHeadingIsStillReported() {
        #expect(findings("二、任务完成率%\n各项工作有序推进。", .missingNumber).map(\.text) == ["%"])
    }

    // MARK: two qualifiers on a blank figure

    /// 约有xxx余亩, 近XX多人: the blank will take a number, and 约/近 with 余/多 stay doubled.
    @Test func qualifiersAroundABlankFigureAreDoubled() {
        let text = "全村种植果树约有xxx余亩,近XX多人外出务工。"
        #expect(findings(text, .doubledQualifier).map(\.text) == ["约有xxx余亩", "近XX多人"])
    }

    /// One qualifier on a blank is fine (xxx余亩, 约xx亩), and 达 is no approximation (达xx余亩);
    /// a word ending in 约 (节约xx多吨 reads 节约 as a verb) is no qualifier.
    @Test func oneQualifierOnABlankIsNotDoubled() {
        let text = "耕地面积xxx余亩,其中水浇地约xx亩,荒山面积达xxx余亩,节约xx多吨。"
        #expect(findings(text, .doubledQualifier).isEmpty)
    }

    // MARK: the unit named before the figure

    /// 出院人次2359.7万, / 诊疗人次5.9亿(…): statistical prose names the measure, then gives
    /// the figure with its magnitude only.
    @Test func aFigureAfterItsUnitIsAQuantity() {
        let report = Checker.check(text: "本月全国出院人次2359.7万,同比提高17.5%;诊疗人次5.9亿(不含诊所)。")
        let units = report.quantities.map { "\($0.value)\($0.unit)" }
        #expect(units == ["2359.7万", "17.5%", "5.9亿"])
    }

    /// No unit before the figure (GDP5.9亿,) or one character only (年5.9万,): no quantity.
    @Test func aBareMagnitudeWithoutAUnitBeforeIsNoQuantity() {
        let report = Checker.check(text: "实现GDP5.9亿,全年5.9万,较上年提高。")
        #expect(report.quantities.isEmpty)
    }

    // MARK: a section glued to its part's heading

    /// 第三章 …第一节 … 一、养老: a part's heading line runs on to its first section; the
    /// next line's 二、 follows it.
    @Test func aSectionAfterAPartHeadingOpensTheOutline() {
        let text = "第三章 社会事业第一节 社区服务 一、养老服务\n全年建成日间照料中心5个。\n二、托育服务\n新增托位120个。"
        #expect(findings(text, .numbering).isEmpty)
    }

    /// Still a skip: 一、 on the part's line and 三、 next.
    @Test func aSkipAfterAPartHeadingIsStillReported() {
        let text = "第三章 社会事业 一、养老服务\n全年建成日间照料中心5个。\n三、托育服务\n新增托位120个。"
        #expect(findings(text, .numbering).map(\.text) == ["三、"])
    }

    // MARK: decimals sharing one unit

    /// 分别收窄1.7、0.7、8.3个百分点: each figure of the 、-list carries the unit written once.
    @Test func decimalsListedBeforeOneUnitShareIt() {
        let report = Checker.check(text: "降幅分别比上半年收窄1.7、0.7、8.3个百分点。")
        #expect(report.quantities.map { "\(($0.value * 10).rounded() / 10)\($0.unit)" } == ["1.7个百分点", "0.7个百分点", "8.3个百分点"])
    }

    /// Whole numbers with 、 are items or ordinals (1、2、3号楼; 4、5、6月份), and a figure with
    /// its own unit keeps it (1.7%、1.8%): nothing is added.
    @Test func wholeNumbersAndUnitsOfTheirOwnAreLeftAlone() {
        let items = Checker.check(text: "完成1、2、3号楼改造。").quantities.map(\.value)
        let own = Checker.check(text: "分别下降1.7%、1.8%、10.8%。").quantities.map { ($0.value * 10).rounded() / 10 }
        #expect(!items.contains(1) && !items.contains(2))
        #expect(own == [1.7, 1.8, 10.8])
    }

    // MARK: a document site's counter

    private func chromeLines(_ text: String) -> [Int] {
        Checker.check(text: text).findings.filter { $0.kind == .boilerplate }.map(\.line).sorted()
    }

    /// 文章阅读(125) alone on a line under the text is the site's counter.
    @Test func aNamedCounterLineIsChrome() {
        let text = "某社区上半年工作总结\n今年以来,社区共开展志愿服务活动12场,服务居民860人次。\n文章阅读(125)"
        #expect(chromeLines(text) == [3])
    }

    /// A heading with a figure in brackets (二、群众评论(3)) or a long line is no counter.
    @Test func aHeadingWithABracketedFigureIsNoCounter() {
        let text = "某社区上半年工作总结\n二、群众评论(3)\n今年以来,社区共收到群众评论3条,均已答复。"
        #expect(chromeLines(text).isEmpty)
    }

    // MARK: a headline under its source

    /// 市统计局:上半年全市GDP同比增长6.3% above a 来源 line is the news item's headline.
    @Test func aHeadlineStatingAChangeIsNoField() {
        let text = "市统计局:上半年全市GDP同比增长6.3%\n来源:市统计局 2023年07月20日 字体:大 中 小\n上半年,全市经济运行稳中向好,主要指标好于预期。"
        #expect(!chromeLines(text).contains(1))
    }

    /// A field with a rate but no change (好评率:98%) is still the page's.
    @Test func aRateFieldIsStillChrome() {
        let text = "好评率:98%\n某社区上半年工作总结\n今年以来,社区共开展志愿服务活动12场,服务居民860人次。"
        #expect(chromeLines(text).contains(1))
    }
}
