import Testing
@testable import TaizhangText

/// chrome20's readers by family (issue #14): each shape in wordings no dev text holds, with the
/// near misses of real prose that must stay body.
@Suite struct Chrome20Tests {
    static func chromeLines(_ text: String) -> Set<Int> { Chrome18Tests.chromeLines(text) }
    static let prose = "上半年,全县完成固定资产投资12.5亿元,同比增长8%,各项工作稳步推进。"

    @Test func printedPageNumbersCountingUpAreChrome() {
        // Setup: a slide deck's pages, each number after a page of text of its own length.
        let text = [Self.prose, "2", "数据说明", Self.prose, "口径同上年", "3", "总体情况", Self.prose, Self.prose,
                    "市场情况", "分渠道情况", "4", "下一步工作", Self.prose]
        // Act
        let lines = Self.chromeLines(text.joined(separator: "\n"))
        // Assert
        #expect(lines.isSuperset(of: [2, 6, 12]), "the three page numbers: \(lines)")
        #expect(lines.isDisjoint(with: [3, 4, 7, 8, 13, 14]))
    }

    @Test func aFirstPagesNumberAboveTheTitleIsChrome() {
        // Setup
        let text = "1\n城关镇卫生院\n2023年上半年工作总结\n\(Self.prose)"
        // Act
        let lines = Self.chromeLines(text)
        // Assert
        #expect(lines.contains(1), "\(lines)")
        #expect(lines.isDisjoint(with: [2, 3, 4]))
    }

    @Test func bareFiguresOfATableOrTheBodyStayBody() {
        // Setup: a table flattened one cell a line (row numbers at a fixed gap), a header cell
        // before a first 1, a count alone inside the text.
        let table = ["各村完成情况", "序号", "1", "东村", "完成", "120", "2", "西村", "完成", "98", "3", "南村", "未完成", "45", Self.prose]
        let header = "序号\n1\n东村\n\(Self.prose)"
        let inside = "\(Self.prose)\n全年累计\n3\n\(Self.prose)\n4\n\(Self.prose)"
        // Act
        let first = Self.chromeLines(table.joined(separator: "\n")), second = Self.chromeLines(header)
        let third = Self.chromeLines(inside)
        // Assert
        #expect(first.isDisjoint(with: [3, 7, 11]), "row numbers of a table: \(first)")
        #expect(!second.contains(2), "a 1 under a table's header cell: \(second)")
        #expect(third.isDisjoint(with: [3, 5]), "two bare figures are no run: \(third)")
    }

    @Test func rowsOfABilingualTableAndAChartsAxisStayBody() {
        // Setup
        let text = ["館藏:圖書共計 12,345 冊;期刊 56 種;資料庫 8 種。", "Collection:", "Books 12,345", "Journals 56",
                    "Databases 8", "6 2020 2020.5 2021 2021.5", "Contact Us", "2023-07-13 20:55:03", "Page 3"]
        // Act
        let lines = Self.chromeLines(text.joined(separator: "\n"))
        // Assert
        #expect(lines.isDisjoint(with: [1, 3, 4, 5, 6]), "a label and its value, an axis: \(lines)")
        #expect(lines.isSuperset(of: [7, 8]), "a button and a date stay chrome: \(lines)")
    }

    @Test func aPageViewersRunningHeaderIsChrome() {
        // Setup
        let text = "Page 12 - 2022 Annual Report of the County Library\n\(Self.prose)\nPage 12 of the annual report lists the loans\nPages 3-5 list the collection"
        // Act
        let lines = Self.chromeLines(text)
        // Assert
        #expect(lines.contains(1), "\(lines)")
        #expect(lines.isDisjoint(with: [2, 3, 4]), "English sentences naming a page: \(lines)")
    }

    @Test func aLoginNoteNamingTheTextFirstIsChrome() {
        // Setup
        let note = "(查看全部图文内容,您需要先注册登录!)"
        let body = ["组织干部阅读学习材料后,登录学习强国平台答题", "查阅档案后完成注册登记", "查阅资料后在注册窗口办理"]
        // Act
        let lines = Self.chromeLines(([Self.prose, note, Self.prose] + body).joined(separator: "\n"))
        // Assert
        #expect(lines.contains(2), "\(lines)")
        #expect(lines.isDisjoint(with: [1, 3, 4, 5, 6]), "clauses that see and then register: \(lines)")
    }

    @Test func creditsOfTheDeskAndACorrespondentsRowAreChrome() {
        // Setup
        let bracket = "\(Self.prose)\n\(Self.prose)\n(编辑 王小明)"
        let row = "\(Self.prose)\n通讯员:李四 王五\n相关推荐"
        let interview = "记者:请问今年有哪些亮点?\n\(Self.prose)\n全年编辑出版简报12期。\n(县委宣传部编辑)"
        // Act
        let first = Self.chromeLines(bracket), second = Self.chromeLines(row), third = Self.chromeLines(interview)
        // Assert
        #expect(first.contains(3), "\(first)")
        #expect(second.contains(2), "\(second)")
        #expect(third.isDisjoint(with: [1, 2, 3]), "an interview's question and a sentence on editing: \(third)")
    }

    @Test func aTablesHeaderRowNamingMeasuresIsTheDocuments() {
        // Setup
        let text = ["上半年重点项目推进情况如下", "项目名称 | 完成投资额 | 完成率 | 形象进度 |", "|---|---|---|---|",
                    "东区路网 | 1.2亿元 | 60% | 路基完成 |", "项目\\统计口径 | 本月新增 | 本年累计 | 历年总计 |"]
        let page = ["浏览次数 | 评论数 | 点赞数", "首页 | 新闻中心 | 政务公开 | 在线留言"]
        // Act
        let lines = Self.chromeLines(([Self.prose] + text + [Self.prose]).joined(separator: "\n"))
        let chrome = Self.chromeLines((page + [Self.prose]).joined(separator: "\n"))
        // Assert
        #expect(lines.isDisjoint(with: [3, 6]), "header rows naming measures: \(lines)")
        #expect(chrome.isSuperset(of: [1, 2]), "a page's counters and its navigation stay chrome: \(chrome)")
    }

    @Test func aTitlesGenreLineUnderTheUnitsNameStaysBody() {
        // Setup
        let split = "城关镇中心小学\n自查报告\n\(Self.prose)"
        let labels = "某某文档\n工作总结\n半年总结\n自查报告\n\(Self.prose)"
        // Act
        let first = Self.chromeLines(split), second = Self.chromeLines(labels)
        // Assert
        #expect(first.isDisjoint(with: [1, 2]), "the title in two lines: \(first)")
        #expect(second.isSuperset(of: [2, 3, 4]), "a template site's labels stay chrome: \(second)")
    }
}
