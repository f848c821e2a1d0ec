import Testing
@testable import TaizhangText

/// chrome19's readers of chrome by family (issue #14): each shape in wordings no dev text holds,
/// with the near misses that must stay body.
@Suite struct Chrome19Tests {
    static func chromeLines(_ text: String) -> Set<Int> { Chrome18Tests.chromeLines(text) }

    @Test func aNoteOnWhoMaySeeTheTextIsChromeInAnyWording() {
        // Setup
        let body = "上半年,我镇各项工作稳步推进,全年目标完成过半。"
        let notes = ["游客请先【登录】后查看全文", "此处内容仅限会员查看", "注册用户登录后可下载完整文档", "隐藏内容"]
        let framed = "一是完善制度建设……此处省略1200字,注册会员可阅读全文……二是加强队伍建设,开展培训3次。"
        let glued = "\(body)\n一、主要工作\(body)\nVIP会员免费查看二、存在问题\(body)"
        // Act
        let lines = Self.chromeLines(([body] + notes + [body]).joined(separator: "\n"))
        let inside = Self.chromeLines("\(body)\n\(framed)\n\(body)")
        let heading = Self.chromeLines(glued)
        // Assert
        #expect(lines.isSuperset(of: [2, 3, 4, 5]), "each note: \(lines)")
        #expect(!lines.contains(1) && !lines.contains(6))
        #expect(inside.contains(2), "the note framed by ellipses inside the paragraph: \(inside)")
        #expect(heading.contains(3), "the note glued before the heading: \(heading)")
    }

    @Test func bodyLinesNamingAccountsStayBody() {
        // Setup
        let text = ["群众注册账号后即可查看办理进度。", "全年新增注册会员1200人,网站浏览量3万次",
                    "(三)组织会员查看展览", "持续开展隐藏风险排查,全年排查隐患点32处。", "请各村登录平台查看本村数据3项"]
        // Act
        let lines = Self.chromeLines(text.joined(separator: "\n"))
        // Assert
        #expect(lines.isEmpty, "no sentence about accounts is a site's note: \(lines)")
    }

    @Test func aSpamKeywordChainIsChromeAlonePastedOrInsideASentence() {
        // Setup
        let alone = "在线观看高清视频_免费资源网站_精品影院入口_最新电影大全\n上半年,全县完成投资12亿元。"
        let inside = "按照《某某娱乐城_足球投注平台-【官方网站入口】关于开展安全生产月活动的通知》要求,全镇开展了活动。"
        // Act
        let first = Self.chromeLines(alone), second = Self.chromeLines(inside)
        // Assert
        #expect(first == [1], "the chain alone: \(first)")
        #expect(second == [1], "the chain inside the sentence: \(second)")
    }

    @Test func hyphensAndUnderscoresOfTheBodyStayBody() {
        // Setup
        let text = ["2021-2022-2023年连续三年获评先进。", "开通长沙-岳阳-常德-益阳城际公交线路,日均客流1.2万人次。",
                    "填报人:____ 联系电话:____", "附件_汇总表", "京-港-澳-台-深五地联动"]
        // Act
        let lines = Self.chromeLines(text.joined(separator: "\n"))
        // Assert
        #expect(!lines.contains(1) && !lines.contains(2) && !lines.contains(4) && !lines.contains(5), "\(lines)")
    }

    @Test func aWikisLabelCellIsChromeAFlattenedTableIsNot() {
        // Setup
        let wiki = "释义 | 某某镇中心小学位于县城东部,创办于1958年,现有教学班24个,在校学生1000余人。 |\n随便看 |\n上半年,学校开展教研活动12次。"
        let table = "上半年,全市共接警9654起,同比下降5%。\n各类警情统计表\n警情类型 |\n有效警情 |\n无效报警 |\n下半年,我们将继续加强治安防控。"
        // Act
        let first = Self.chromeLines(wiki), second = Self.chromeLines(table)
        // Assert
        #expect(first.isSuperset(of: [1, 2]) && !first.contains(3), "the label before its entry and the label under it: \(first)")
        #expect(second.isEmpty, "one header cell per line is the document's table: \(second)")
    }

    @Test func aBadgeAloneIsChromeAFigureInTextIsNot() {
        // Setup
        let text = "999+\nP. 12\n  • 8页\n上半年共召开会议8次,印发文件12页。\n8页\n+5"
        // Act
        let lines = Self.chromeLines(text)
        // Assert
        #expect(lines.isSuperset(of: [1, 2, 3]), "the badges: \(lines)")
        #expect(!lines.contains(4), "the sentence stays: \(lines)")
    }
}
