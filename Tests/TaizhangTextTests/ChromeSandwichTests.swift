import Testing
@testable import TaizhangText

/// chrome16's structural readers: short lines between two lines of chrome (`ChromeSandwich`),
/// the document's own bar table without a separator row (`introducesTable`), a counter's empty
/// key (`afterCounterKey`) and titles ending on their genre (`TitleRepeats.genreTitle`).
/// Synthetic texts in the shapes of real pages; each rule with the near misses it must leave.
@Suite struct ChromeSandwichTests {
    static let paragraph = "今年以来,我镇紧紧围绕县委县政府的决策部署,扎实推进各项工作,经济社会保持平稳健康发展。"

    static func chrome(_ lines: [String]) -> Set<Int> {
        let report = Checker.check(text: lines.joined(separator: "\n"), path: "t.txt")
        return Set(report.findings.filter { $0.kind == .boilerplate }.map(\.line))
    }

    @Test func siteNameBetweenChromeAboveTheTitleIsChrome() {
        let lines = ["• 无障碍|", "  • 长辈版", "上庄镇人民政府", "您现在所在的位置: 网站首页 > 政府信息公开 > 年报",
                     "上庄镇2022年政府信息公开工作年度报告", "发布时间:2023-01-20 14:56 来源:上庄镇人民政府", Self.paragraph]
        let found = Self.chrome(lines)
        #expect(found.contains(3), "the site's name between the accessibility bar and the breadcrumb")
        #expect(!found.contains(5), "the document's title between the breadcrumb and its details row")
        #expect(!found.contains(7))
    }

    @Test func headlineBetweenChromeStays() {
        // A news headline without a report word, between the breadcrumb and the date row.
        let lines = ["当前位置:首页>新闻中心 > 图片新闻", "我区切实做好防汛工作", "发布日期:2018-07-18  访问次数:8791", Self.paragraph]
        #expect(!Self.chrome(lines).contains(2))
        // A short title of six letters (no report word, no digit): still the document's.
        let short = ["当前位置:首页>新闻中心 > 工作动态", "年终工作回顾会", "发布日期:2018-07-18  访问次数:8791", Self.paragraph]
        #expect(!Self.chrome(short).contains(2))
    }

    @Test func spamLinkRunInTheFooterIsChrome() {
        let lines = ["李家镇召开半年工作通报会", Self.paragraph, Self.paragraph, "( 来源:安徽日报 作者:斯实 )",
                     "武汉治疗自闭症医院", "唐山好的看性功能低下医院", "上海整形医院就医指南", "义乌妇科医院怎么样", "友情链接"]
        let found = Self.chrome(lines)
        for line in 5...8 { #expect(found.contains(line), "spam link \(line)") }
    }

    @Test func signatureAboveChromeStays() {
        // The document's signature and date below its last paragraph, the page's tools below them.
        let lines = ["上庄镇2023年上半年工作总结", Self.paragraph, Self.paragraph, "上庄镇人民政府", "2023年7月5日", "【打印】【关闭】"]
        let found = Self.chrome(lines)
        #expect(!found.contains(4) && !found.contains(5))
        // A signature without a date right above the page's tools: above it is prose, not chrome.
        let undated = ["上庄镇2023年上半年工作总结", Self.paragraph, "上庄镇人民政府", "【打印】【关闭】"]
        #expect(!Self.chrome(undated).contains(3))
        // A heading between two lines of chrome inside the body: an outline marker stays.
        let heading = ["上庄镇2023年上半年工作总结", Self.paragraph, "【打印】", "二、下半年工作打算", "【关闭】", Self.paragraph]
        #expect(!Self.chrome(heading).contains(4))
    }

    @Test func barTableUnderTheDocumentsHeadingIsText() {
        let lines = ["下湿壕镇政府2022年信息公开工作年度报告", "一、总体情况", Self.paragraph, "二、主动公开政府信息情况",
                     "第二十条第(一)项 | |||", "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |", "规章 | 0 | 0 | 0 |",
                     "行政规范性文件 | 0 | 0 | 0 |"]
        let found = Self.chrome(lines)
        for line in 5...8 { #expect(!found.contains(line), "table row \(line)") }
        // Under a lead-in ending on a colon, too.
        let lead = ["总结", Self.paragraph, "主要指标完成情况如下:", "指标 | 目标 | 完成 |", "粮食产量 | 1.2 | 1.3 |"]
        #expect(Self.chrome(lead).isDisjoint(with: [4, 5]))
    }

    @Test func pageDetailRowsInBarsStayChrome() {
        // Below the last paragraph (no heading or lead-in above it) and above the body.
        let tail = ["总结", Self.paragraph, "2023-07-13 | 阅读 235次 | 评论 3条"]
        #expect(Self.chrome(tail).contains(3))
        let head = ["来源:县政府 | 发布时间:2023-07-13 | 浏览:235", "总结", Self.paragraph]
        #expect(Self.chrome(head).contains(1))
        // A row under a heading whose cells speak of the page is still the page's.
        let keyed = ["总结", Self.paragraph, "二、附件", "发布机构: | 县政府 |"]
        #expect(Self.chrome(keyed).contains(4))
    }

    @Test func emptyCounterKeyTakesNoTitleAsItsValue() {
        let lines = ["当前位置:党团工作 > 应急预案", "时间:2025-08-01 14:48:10 浏览次数:", "XX县防汛抗旱应急预案",
                     "1、总则 1.1 编制目的 为做好水旱灾害突发事件防范与处置工作,制定本预案。"]
        #expect(!Self.chrome(lines).contains(3))
        // A counter's figure on the next line is its value.
        let counted = ["当前位置:党团工作 > 应急预案", "时间:2025-08-01 14:48:10 浏览次数:", "235", Self.paragraph]
        #expect(Self.chrome(counted).contains(3))
        // Any other bare key still takes the line below as its value.
        let keyed = ["索引号:", "6107280000/2024-001005", "发文机构:", "县政府网站", "镇巴县人民政府工作规则", Self.paragraph]
        #expect(Self.chrome(keyed).isSuperset(of: [2, 4]))
    }

    @Test func genreTitleRepeatedKeepsTheLastCopy() {
        let lines = ["运维现场管理制度.docx", "上传人:b****5 文档编号:5110398", "运维现场管理制度", "运维现场管理制度",
                     "一、准时上下班,注重礼节礼貌。", "二、上班时着装整齐,仪表整洁,戴好工作证。"]
        let found = Self.chrome(lines)
        #expect(found.contains(3), "the page's copy of the title")
        #expect(!found.contains(4), "the document's own title, its last copy")
        // A site's column of four letters ending on a genre names no subject: no title.
        func line(_ text: String) -> LineText { LineText(number: 1, raw: Array(text.unicodeScalars.map(\.value))) }
        #expect(!TitleRepeats.genreTitle(line("通知公告")) && !TitleRepeats.genreTitle(line("规章制度")))
        #expect(TitleRepeats.genreTitle(line("县防汛抗旱应急预案")))
        #expect(TitleRepeats.genreTitle(line("关于印发防汛抗旱应急预案的通知")))
    }
}
