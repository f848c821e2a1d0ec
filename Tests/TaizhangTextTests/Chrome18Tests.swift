import Testing
@testable import TaizhangText

/// chrome18's readers of where a page's document begins (issue #14): each shape with the near
/// miss that must stay as it was.
@Suite struct Chrome18Tests {
    static func chromeLines(_ text: String) -> Set<Int> {
        Set(Checker.check(text: text, path: "t").findings.filter { $0.kind == .boilerplate }.map(\.line))
    }

    @Test func theLinesAboveThePagesFirstBreadcrumbAreItsMasthead() {
        // Setup
        let hospital = "• 24小时值班电话:0722-6232520\n  • 微信公众号\n当前位置:首页 > 新闻公告 > 医院动态\n市一医院召开上半年工作总结会\n发布日期:2010-08-01\n7月30日,市一医院召开了上半年工作总结会,全院中层干部参加了会议。"
        let town = "某县某某镇人民政府\n您现在所在的位置: 网站首页 > 政府信息公开 > 年报\n某镇2022年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制,现予公布。"
        // Act
        let first = Self.chromeLines(hospital), second = Self.chromeLines(town)
        // Assert
        #expect(first.isSuperset(of: [1, 2, 3]), "the hotline and account lines above the breadcrumb: \(first)")
        #expect(!first.contains(4) && !first.contains(6), "the title and the body below it stay: \(first)")
        #expect(second.isSuperset(of: [1, 2]), "the unit's name above the breadcrumb is the site's: \(second)")
        #expect(!second.contains(3))
    }

    @Test func aTitleAboveASelectorOrAPageThatOpensWithItsTextStays() {
        // Setup
        let bulletin = "2022年某县国民经济和社会发展统计公报 2022\n\n选择区域:>>\n\n2022年是极不平凡的一年,全县经济运行总体平稳。\n一、综合"
        let prose = "7月5日,某镇召开上半年工作总结会。\n当前位置:首页 > 新闻 > 正文\n某镇上半年工作总结"
        let long = "某某县人民政府关于二〇二三年上半年全县经济运行情况和下半年工作安排意见及有关问题的报告全文\n当前位置:首页 > 政务公开 > 报告\n上半年,全县经济运行总体平稳。"
        // Act
        let first = Self.chromeLines(bulletin), second = Self.chromeLines(prose), third = Self.chromeLines(long)
        // Assert
        #expect(!first.contains(1), "a selector that names no step is no breadcrumb: \(first)")
        #expect(!second.contains(1), "a page that opens with a sentence opens with its text: \(second)")
        #expect(!third.contains(1), "over 40 letters is no masthead line: \(third)")
    }
}
