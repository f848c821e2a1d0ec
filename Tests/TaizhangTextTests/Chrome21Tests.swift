import Testing
@testable import TaizhangText

/// chrome21's readers by family (issue #14): captions, bylines, datelines, related links and page
/// chunks in wordings no dev text holds, with the near misses of real prose that must stay body.
@Suite struct Chrome21Tests {
    static func chromeLines(_ text: String) -> Set<Int> { Chrome18Tests.chromeLines(text) }
    static func chrome(_ text: String) -> [Finding] {
        Checker.check(text: text, path: "t").findings.filter { $0.kind == .boilerplate }
    }
    static let prose = "上半年,全县完成固定资产投资12.5亿元,同比增长8%,各项工作稳步推进。"

    @Test func aCaptionClosedByThePhotographersCreditIsChrome() {
        // Setup: captions in three shapes — a medium before the role, the role glued to the name,
        // the credit in brackets after the caption's sentence.
        let text = [Self.prose, "秋收现场。县融媒体中心记者 王小明摄", Self.prose, "农民在田间收割水稻。新华社记者李强摄",
                    "镇卫生院开展义诊。(记者 赵丽 摄)", Self.prose, "本报记者 孙红梅摄"].joined(separator: "\n")
        // Act
        let lines = Self.chromeLines(text)
        // Assert
        #expect(lines.isSuperset(of: [4, 7]), "\(lines)")
        #expect(lines.isDisjoint(with: [1, 3, 6]), "\(lines)")
    }

    @Test func proseThatNamesReportersOrPhotographyStaysBody() {
        // Setup: sentences ending on 摄 without a credit, and a credit inside a long paragraph.
        let text = [Self.prose, "组织新闻记者深入基层开展采访拍摄", "全年完成宣传片拍摄。邀请省电视台记者跟拍", "完成专题片《山乡巨变》拍摄",
                    Self.prose].joined(separator: "\n")
        // Act
        let lines = Self.chromeLines(text)
        // Assert
        #expect(lines.isEmpty, "\(lines)")
    }

    @Test func aStockPhotoTagAloneIsChrome() {
        // Setup
        let text = "【资料图】\n\(Self.prose)\n(资料图片)\n\(Self.prose)\n(资料汇编)"
        // Act
        let lines = Self.chromeLines(text)
        // Assert
        #expect(lines.isSuperset(of: [1, 3]), "\(lines)")
        #expect(!lines.contains(5), "a bracketed note that is no picture's tag: \(lines)")
    }

    @Test func aBylineRowOfReportersIsChrome() {
        // Setup
        let text = "县城关镇召开上半年工作会议\n新华社记者刘海涛、陈静\n\(Self.prose)\n记者王磊\n\(Self.prose)"
        // Act
        let lines = Self.chromeLines(text)
        // Assert
        #expect(lines.isSuperset(of: [2, 4]), "\(lines)")
    }

    @Test func aHeadingAboutReportersStaysBody() {
        // Setup: headings that name reporters as a group or an office.
        let text = "\(Self.prose)\n新闻记者培训\n\(Self.prose)\n记者站建设\n\(Self.prose)\n通讯员队伍\n\(Self.prose)"
        // Act
        let lines = Self.chromeLines(text)
        // Assert
        #expect(lines.isDisjoint(with: [2, 4, 6]), "\(lines)")
    }

    @Test func aCaptionBetweenParagraphsOpensNoFooter() {
        // Setup: a caption, then a short heading and the body going on.
        let text = [Self.prose, Self.prose, "工人在施工现场作业。新华社记者王全超摄", "稳中有进的成绩单", Self.prose].joined(separator: "\n")
        // Act
        let lines = Self.chromeLines(text)
        // Assert
        #expect(lines == [3], "\(lines)")
    }

    @Test func anImagesFileNameAloneIsChrome() {
        // Setup: a picture's hashed file name between paragraphs; an attachment named in words.
        let text = [Self.prose, "1_7c152b919c484011af45162e8999d157.jpg", Self.prose, "附件:活动照片.jpg", Self.prose].joined(separator: "\n")
        // Act
        let lines = Self.chromeLines(text)
        // Assert
        #expect(lines.contains(2), "\(lines)")
        #expect(!lines.contains(4), "\(lines)")
    }

    @Test func aBracketedReportersCreditBeforeTheLeadIsChrome() {
        // Setup
        let first = "【本报东引记者王大明报导】东引乡代表会昨天三读通过年度总预算。"
        let second = "县医院网消息 李小红报道:7月1日,县人民医院召开上半年工作总结会。"
        let near = "【工作亮点】全年完成报道任务120篇,其中记者采写80篇。"
        // Act
        let a = Self.chrome(first), b = Self.chrome(second), c = Self.chrome(near)
        // Assert
        #expect(a.map(\.text) == ["【本报东引记者王大明报导】"], "\(a.map(\.text))")
        #expect(b.map(\.text) == ["县医院网消息 李小红报道:"], "\(b.map(\.text))")
        #expect(c.isEmpty, "\(c.map(\.text))")
    }

    @Test func thePostingUnitAfterDashesUnderTheDateRowIsChrome() {
        // Setup: a news page's poster under its date row; a speech's subtitle and a document's own
        // dashed signature after its text stay.
        let page = "社区卫生服务站开展老年人体检\n日期: 2012-11-30\n----康乐站\n\(Self.prose)"
        let speech = "在全县半年工作会议上的讲话\n日期: 2024-08-29\n——县长 王某某\n\(Self.prose)"
        let signed = "\(Self.prose)\n\(Self.prose)\n——城关镇人民政府"
        // Act
        let a = Self.chromeLines(page), b = Self.chromeLines(speech), c = Self.chromeLines(signed)
        // Assert
        #expect(a.contains(3), "\(a)")
        #expect(!b.contains(3), "\(b)")
        #expect(!c.contains(3), "\(c)")
    }

    @Test func relatedLinksUnderThePagesChromeAreChrome() {
        // Setup: dashed titles under a "more" button; a summary's own dashed list under its text.
        let text = [Self.prose, "更多", "- 全省夏粮收购进度过半", "- 我市召开防汛工作会议 部署汛期工作", Self.prose,
                    "下半年重点工作:", "- 推进项目建设", "- 加强安全生产"].joined(separator: "\n")
        // Act
        let lines = Self.chromeLines(text)
        // Assert
        #expect(lines.isSuperset(of: [2, 3, 4]), "\(lines)")
        #expect(lines.isDisjoint(with: [6, 7, 8]), "\(lines)")
    }

    @Test func chunksOpeningOnAYearOrASemicolonAreTheSitesPaging() {
        // Setup: a document site's chunks of equal length, the first opening on the file title's
        // year, a later one on a semicolon, the last short with a list of counts.
        let body = String(repeating: "今年以来我办紧紧围绕中心工作扎实推进各项任务落实", count: 6)
        let first = "1、2023年人防办上半年工作总结 " + body + "。全年工作稳步推进" + String(repeating: "各", count: 10) + "开展了宣传月活动。"
        let second = "2、;" + body + "全面完成工作任务取得明显成效,得到了上级领导的肯定并被评为优胜单位电力"
        let third = "3、6347人;提供免费检查42187人次、复查39175人次"
        // Act
        let lines = Self.chromeLines([first, second, third].joined(separator: "\n"))
        // Assert
        #expect(lines.isSuperset(of: [1, 2, 3]), "\(lines)")
    }
}
