import Testing
@testable import TaizhangText

/// Rules written for issue #14 by grammar and structure, each with synthetic sentences
/// (no corpus text): outline skips in every style, repeated sentences, named-list counts
/// and website chrome.
@Suite struct GeneralisationTests {
    private func numbering(_ text: String) -> [String] {
        Checker.check(text: text).findings.filter { $0.kind == .numbering }.map(\.text)
    }

    @Test(arguments: [
        ("一、甲\n(一)子甲\n二、乙\n(二)子乙", ["(二)"]),                         // a new parent resets its children
        ("一、甲\n(一)子甲\n二、乙\n(一)子乙\n(二)子丙", []),
        ("一、甲\n二 、乙\n四 、丁", ["四 、"]),                                  // PDF spacing inside the marker
        ("一、甲\n( 一 )子\n( 三 )子", ["( 三 )"]),
        ("一、甲\n⑴子\n⑶子", ["⑶"]), ("一、甲\n1)子\n3)子", ["3)"]),
        ("第一,加强学习。\n第二,强化管理。\n第四,狠抓落实。", ["第四,"]),
        ("做法:(1)学习;(2)管理;(4)落实。", ["(4)"]), ("做法:①学习;②管理;④落实。", ["④"]),
        ("做法:1、学习;2、管理;4、落实。", ["4、"]), ("在1、2月份,完成(1)号任务。", []),
        ("一、甲\n(1)学习;(2)管理。\n(3)落实。", []),                              // the paragraph's (2) moves the list on
        ("一、甲。1.学习\n2.管理", []),                                           // 1. inline in the parent's line
        ("一是抓市场,落实3个项目二是抓管理。三是抓回款。", []),                     // 二是 without its punctuation
    ])
    func numberingSkips(text: String, expected: [String]) {
        #expect(numbering(text) == expected)
    }

    /// Headings glued into the paragraph before them (a page or a PDF lost the line breaks).
    @Test(arguments: [
        ("现报告如下:一、主要工作。二、夯实基础。四、下步打算。", ["四、"]),
        ("一、甲\n工作扎实。(一)学习。(二)管理。(四)落实。", ["(四)"]),
        ("一、甲:(一)子甲。二、乙:(二)子乙。", ["(二)"]),              // a glued parent resets its children
        ("成效明显。1.城市建设。2.乡村振兴。4.环境整治。", ["4."]),
        ("一、甲。二、乙。\n三、丙\n四、丁", []), ("一、甲。二、乙。\n二、丙", ["二、"]),
        ("一、甲\n获得。一、二、三等奖各1名。", []), ("一、甲\n增长。1.5万元。(二)", []),
        ("一、甲\n全年目标:1.8亿元。2.工作", []), ("一、甲。二、2021年重点。", []),
        ("一、甲\n二、乙\n主要有三点:一、加强学习;二、严格管理;四、狠抓落实。\n三、丙", []),   // a list in a paragraph
    ])
    func gluedHeadingSkips(text: String, expected: [String]) {
        #expect(numbering(text) == expected)
    }

    /// An excerpt may open past 一、 (it was cut); the first marker repeated right under a
    /// sub-heading is a repeat, not a new list.
    @Test(arguments: [
        ("社区上半年工作总结\n今年以来,社区各项工作有序推进。\n二、居务工作\n三、党建工作", []),
        ("二、居务工作\n三、党建工作", []),
        ("一、甲\n(一)子甲\n(二)子乙\n一、乙\n(一)子丙", ["一、"]),
        ("一、甲\n(一)子甲\n工作扎实有效。\n一、乙", []),                        // after body text: a new list
        ("一、甲\n二、乙\n(一)子甲\n一、丙", []),
        ("一、甲\n1、学习培训。\n1、日常管理。", ["1、"]),                          // a lone 1、 typed twice
        ("一、甲\n做法:\n1、学习培训。\n成效如下:\n1、日常管理。", []),
    ])
    func outlineStarts(text: String, expected: [String]) {
        #expect(numbering(text) == expected)
    }

    @Test func repeatedSentencesAcrossWrappedLinesAreOneDuplicate() {
        // Setup: a paragraph pasted twice, the second copy wrapped at other places.
        let sentence = "今年以来我们认真落实上级部署扎实推进各项重点工作取得明显成效。群众满意度不断提升各项指标稳中向好。"
        let wrapped = String(sentence.prefix(30)) + "\n" + String(sentence.dropFirst(30))
        let text = "一、总体情况\n" + sentence + "\n二、具体做法\n" + wrapped + "\n三、下步打算"

        // Act
        let duplicates = Checker.check(text: text).findings.filter { $0.kind == .duplicate }

        // Assert
        #expect(duplicates.map(\.line) == [4])
    }

    /// A sentence pasted again with a word or a figure changed inside it is a repeat;
    /// sentences that only share an opening or a formula are not.
    @Test(arguments: [
        ("全县开展了熟肉制品业的专项整治工作,有效净化了我市餐饮业及熟肉制品市场。\n二、其他\n全县开展了熟肉制品业的专项整治工作,切实净化了我市餐饮业及熟肉制品市场。", [3]),
        ("全县开展了熟肉制品业的专项整治工作,有效净化了我市餐饮业及熟肉制品市场。\n全县开展了熟肉制品业的专项整治工作,推动了全县农村集体经济组织的规范发展。", []),
        ("东村财政资金计划投入10万元,实际到位10万元,资金到位率达100%。\n西村财政资金计划投入20万元,实际到位20万元,资金到位率达100%。", []),
        // One formula with other figures (a generated draft): not a repeat.
        ("召开领导小组会议2次,使用创建经费43.8万元,信息被媒体采用3篇次,跟踪整改事项12件。\n召开领导小组会议5次,使用创建经费21.5万元,信息被媒体采用4篇次,跟踪整改事项12件。", []),
    ])
    func nearRepeatedSentences(text: String, lines: [Int]) {
        #expect(Checker.check(text: text).findings.filter { $0.kind == .duplicate }.map(\.line) == lines)
    }

    @Test func shortRepeatedTitlesAreNotDuplicates() {
        let text = "镇上半年工作情况总结\n今年以来,各项工作有序推进。\n镇上半年工作情况总结"
        #expect(Checker.check(text: text).findings.filter { $0.kind == .duplicate }.isEmpty)
    }

    @Test(arguments: [
        ("新建社区服务站3个,分别是东街社区和西街社区。", false),
        ("在建学校2所,分别为东区学校和西区学校。", true),
        ("组织商会、协会、学校、医院、银行等4家单位开展活动。", false),
        ("深入推进两个提升(服务水平提升、群众满意度提升、干部作风提升)。", false),
        ("建设三区(示范区、工业园区、旅游景区)。", true), ("打通五路(沙河大道、沙秀公路、永社公路)。", false),
        ("扎实开展三项活动(读书活动、演讲比赛、知识竞赛)。", true),
    ])
    func countsAgainstNamedLists(text: String, consistent: Bool) {
        let checks = Checker.check(text: text).checks.filter { $0.statement.hasPrefix("count check") }
        #expect(checks.map(\.consistent) == [consistent])
    }

    @Test func fewerNamesThanAnEtceteraCountIsNotAnError() {
        let checks = Checker.check(text: "组织商会、协会、学校等4家单位开展活动。").checks
        #expect(!checks.contains { !$0.consistent })
    }

    @Test(arguments: ["剩余1500字请登录后查看", "更多相关内容请关注本站栏目", "[]", "【优秀范文】街道工作总结", "www.example.com",
                      // Fourth pass: buttons, page footers, slash breadcrumbs, titles with the site's section.
                      "收藏 举报 分享", "【打印】【关闭】", "上一页 | 下一页", "- 2 -", "— 13 —", "第3页", "2/8页", "本页为第2页",
                      "位置:首页 / 总结报告 / 半年总结", "街道办事处上半年工作总结范文 -总结", "社区工作总结_范文网",
                      "卫生院上半年工作情况总结卫生院上半年工作情况总结今年以来,我院各项工作有序推进。",
                      "撰写人:___________", "上一页 1 2 3 下一页", "页眉页脚可删除",
                      "时光飞逝,一段时间的工作已经结束了,将过去的成绩汇集成一份工作总结吧。我们该怎么写总结呢?",
                      "浏览 1520", "1520人浏览", "收藏(12)", "2.1万次阅读", "¥3.00",
                      "导语:上半年工作总结是对上半年工作的回顾。", "本文约3000字,阅读需要10分钟",
                      "上半年工作总结 第2页", "上半年工作总结(第2页)"])
    func siteChrome(line: String) {
        let text = line + "\n今年以来,各项工作有序推进,完成任务5项。"
        let lines = Checker.check(text: text).findings.filter { $0.kind == .boilerplate }.map(\.line)
        #expect(lines == [1])
    }

    /// The page's header around a title: a byline between the page title and its repeat, a
    /// title that the site's intro quotes, and a 小结 printed twice.
    @Test(arguments: [
        ("镇上半年工作汇报\n李明\n镇上半年工作汇报\n上半年,我镇各项工作有序推进。", [1, 2]),
        ("社区上半年工作总结\n本文是小编为你整理的社区上半年工作总结,欢迎阅读。\n上半年,社区各项工作有序推进。", [1, 2]),
        ("社区创建文明城市第一阶段工作小结\n社区创建文明城市第一阶段工作小结\n上半年,社区各项工作有序推进。", [1]),
        ("镇上半年工作汇报\n上半年,我镇各项工作有序推进。\n李明\n2024年7月1日", []),
        ("社会事业局上半年工作总结\n文章标题:社会事业局2023年上半年工作总结\n上半年,我局各项工作有序推进。", [1, 2]),
        ("社区上半年工作总结(精选多篇)\n上半年,社区各项工作有序推进。", [1]),               // a site's label, once
        ("区图书馆上半年工作总结【优秀范文】\n区图书馆上半年工作总结【优秀范文】\n上半年,各项工作有序推进。", [1]),
        ("社区上半年工作总结 篇1\n上半年,社区各项工作有序推进。", []),                    // a bundled document's title
    ])
    func pageHeader(text: String, lines: [Int]) {
        let found = Checker.check(text: text).findings.filter { $0.kind == .boilerplate }.map(\.line)
        #expect(found.sorted() == lines)
    }

    /// Four different titles in a row are links to other texts; a title repeated is not.
    @Test(arguments: [
        ("上半年,我镇各项工作有序推进。\n幼儿园半年工作总结\n小学老师半年个人工作总结\n科室半年工作总结汇报\n社区上半年工作总结", [2, 3, 4, 5]),
        ("镇上半年工作总结\n镇上半年工作总结\n镇半年工作汇报\n镇半年工作汇报\n上半年,我镇各项工作有序推进。", [1, 3]),
        ("一、上半年工作总结\n二、下半年工作计划\n三、存在问题的报告\n四、工作思路", []),
    ])
    func linkLists(text: String, lines: [Int]) {
        let found = Checker.check(text: text).findings.filter { $0.kind == .boilerplate }.map(\.line)
        #expect(found.sorted() == lines)
    }

    /// Lines of a summary that look a little like chrome but are text.
    @Test(arguments: ["上半年工作总结", "一、主要工作", "2021-2022年工作计划", "(一)加强学习 提高素质", "第一季度",
                      "中 小企业", "大力推进大力推进各项工作", "共完成3项", "第3页的表格显示,全年完成任务5项。",
                      "全面完成上半年工作任务全面完成上半年各项指标,成效明显。", "让我们携手并进,共创美好明天吧!",
                      "接待读者1520人次", "阅读推广活动12场", "详见第2页"])
    func notSiteChrome(line: String) {
        let text = "今年以来,各项工作有序推进。\n" + line
        #expect(Checker.check(text: text).findings.filter { $0.kind == .boilerplate }.isEmpty)
    }
}

@Suite struct GeneralisationMoreTests {
    @Test(arguments: [
        ("投入多万元用于改造。", ["多万元"]),
        ("接待参观人员批多人次。", ["批", "多人次"]), ("设置了个职能窗口。", ["个"]), ("自月份运行以来,效果良好。", ["月份"]),
        ("投入100多万元用于改造。", []), ("培训了个人能力。", []), ("自3月份运行以来。", []),
    ])
    func deletedNumbersNextToApproximations(text: String, expected: [String]) {
        let found = Checker.check(text: text).findings.filter { $0.kind == .missingNumber }.map(\.text)
        #expect(found == expected)
    }

    @Test(arguments: [
        ("农民人均纯收入增长12%左右,由14646元提高到16403元。", true),
        ("农民人均纯收入增长15%,由14646元提高到16403元。", false),
    ])
    func growthFromTo(text: String, consistent: Bool) {
        let checks = Checker.check(text: text).checks.filter { $0.kind == "growth" }
        #expect(checks.map(\.consistent) == [consistent])
    }

    /// A rate stated for one indicator is not the growth of the next clause's 由…减至…
    /// (the summary writer's own sentences: "同比增长33.3%；举办培训班由去年同期的5期减至3期").
    @Test(arguments: [
        "开展志愿服务20次，同比增长33.3%；举办培训班由去年同期的5期减至3期。",
        "接待读者2526人次，同比增长2.2%，新增图书660册，开展阅读推广活动由去年同期的5场增至11场。",
        "举办文体活动16次，同比下降36%；送戏下乡由去年同期的8场减至3场。",
    ])
    func aRateOfAnotherClauseIsNotAGrowth(text: String) {
        #expect(Checker.check(text: text).checks.filter { $0.kind == "growth" }.isEmpty)
    }

    @Test func growthApproximatelyWrongIsNotCalled() {
        let checks = Checker.check(text: "收入增长20%左右,由14646元提高到16403元。").checks
        #expect(!checks.contains { !$0.consistent })
    }

    @Test func aRecordIdLineIsChrome() {
        let text = "ID:2233249\n今年以来,各项工作有序推进,完成任务5项。"
        #expect(Checker.check(text: text).findings.filter { $0.kind == .boilerplate }.map(\.line) == [1])
    }

    @Test func aCutExcerptDoesNotMakeAShortList() {
        let text = "重点做好五项工作:\n一、抓学习\n二、抓管理\n三、抓落实"
        #expect(!Checker.check(text: text).checks.contains { !$0.consistent })
    }
}

@Suite struct GeneralisationChromeTests {
    private func chromeLines(_ text: String) -> [Int] {
        Checker.check(text: text).findings.filter { $0.kind == .boilerplate }.map(\.line)
    }

    @Test func emptyLinkBracketsAndAddressesInsideText() {
        let text = "[]今年以来,中心牢固树立服务意识,工作有序推进。\n详见www.example.com、今年以来各项工作有序推进,完成任务5项。\n信息在www.city.gov.cn公开,今年以来各项工作有序推进。"
        #expect(chromeLines(text) == [1, 2])
    }

    @Test func aTitleFollowedByItsShortCopyIsThePageTitle() {
        let text = "某某街道上半年工作总结和下半年工作思路 上半年工作总结和下半年工作思路  今年以来,街道各项工作有序推进。"
        #expect(chromeLines(text) == [1])
    }

    @Test func keywordRowsWithAYearAreChromeButSpacedTitlesAreNot() {
        #expect(chromeLines("街道 2021 上半年 工作总结 下半年 工作思路\n今年以来,各项工作有序推进。") == [1])
        #expect(chromeLines("政 府 工 作 报 告\n今年以来,各项工作有序推进。").isEmpty)
    }
}

@Suite struct GeneralisationPlaceholderTests {
    @Test(arguments: [("开展了别开生面的 xx’“欢乐”文艺汇演。", 1), ("全年共 xx 人参加培训。", 1), ("升级到 Windows xx 版本。", 0)])
    func blanksSetOffBySpacesOrQuotes(text: String, expected: Int) {
        #expect(Checker.check(text: text).findings.filter { $0.kind == .placeholder }.count == expected)
    }
}
