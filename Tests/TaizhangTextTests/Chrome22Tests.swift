import Testing
@testable import TaizhangText

/// chrome22's readers (issue #14, series zg): a dateline's credit bracket in the forms chrome19 left,
/// reporters' names alone above the lead, triangle captions, a doubled closing bracket after a
/// byline — in wordings no dev text holds, beside the near misses of real prose that must stay.
@Suite struct Chrome22Tests {
    static func chromeTexts(_ text: String) -> [String] { Chrome21Tests.chrome(text).map(\.text) }
    static func chromeLines(_ text: String) -> Set<Int> { Chrome18Tests.chromeLines(text) }
    static let prose = Chrome21Tests.prose

    @Test func aDatelinesCreditBracketIsChromeInEveryForm() {
        // Setup: an agency's 日电, a space before the bracket, names joined by 、, a name before the role.
        let leads = ["中新社杭州5月9日电(记者 周明)今年以来,全省外贸稳步回升。",
                     "滨江日报讯 (记者 钱立 通讯员 孙婷)昨日,区里召开半年工作会。",
                     "晚报讯 (记者陈浩、通讯员周敏、吴倩)今年以来,全区推进旧改。",
                     "本台讯(郑凯 记者 何芳)日前,县里完成了秋粮收购。",
                     "早报讯(晨新 记者 韩雪)近日,市图书馆发布阅读报告。"]
        for lead in leads {
            // Act
            let texts = Self.chromeTexts(lead)
            // Assert: the bracket, not the dateline or the lead.
            let bracket = String(lead[lead.firstIndex(of: "(")!...lead.firstIndex(of: ")")!])
            #expect(texts.contains(bracket), "\(lead): \(texts)")
        }
    }

    @Test func aBracketAfterADatelineThatHoldsNoCreditStaysBody() {
        // Setup: a bulletin's issue number, a note after a wire word, a dateline-like word inside prose.
        let lines = ["工作简讯(第3期)本期刊登各乡镇半年工作进展。", "新华社讯 (有删节)今年以来,全省外贸稳步回升。",
                     "县城供电(含农网改造)完成投资3000万元。", "6月28日电(话)费缴纳窗口延长服务时间。"]
        for line in lines {
            // Act
            let texts = Self.chromeTexts(line)
            // Assert
            #expect(texts.isEmpty, "\(line): \(texts)")
        }
    }

    @Test func reportersNamesAloneAboveTheLeadAreChrome() {
        // Setup: a paper's two title lines, the reporters' names, the lead.
        let text = "上半年\n全市外贸进出口增长9%\n郑凯 欧阳\n韩雪梅 冯立\n\(Self.prose)"
        // Act
        let lines = Self.chromeLines(text)
        // Assert: the row with a three-letter name; two two-letter names stay.
        #expect(lines.contains(4), "\(lines)")
        #expect(!lines.contains(3), "two names of two letters: \(lines)")
    }

    @Test func shortRowsThatAreNoNamesStayBody() {
        // Setup: a slogan of two-letter words opening on surnames, a signature after the text, names
        // after the first sentence.
        let text = "高效 安全\n\(Self.prose)\n韩雪梅 冯立\n王建国"
        // Act
        let lines = Self.chromeLines(text)
        // Assert
        #expect(lines.isDisjoint(with: [1, 3, 4]), "\(lines)")
    }

    @Test func aTriangleCaptionIsChrome() {
        // Setup
        let text = "\(Self.prose)\n△志愿者在社区开展义诊。\n▲镇卫生院“家庭医生签约”服务现场\n\(Self.prose)"
        // Act
        let lines = Self.chromeLines(text)
        // Assert
        #expect(lines.isSuperset(of: [2, 3]), "\(lines)")
        #expect(lines.isDisjoint(with: [1, 4]), "\(lines)")
    }

    @Test func aTriangleListOfClausesStaysBody() {
        // Setup: a document's own list behind triangles writes clauses.
        let text = "\(Self.prose)\n△加强组织领导,落实工作责任。\n▲完善制度:修订考核办法。\n\(Self.prose)"
        // Act
        let lines = Self.chromeLines(text)
        // Assert
        #expect(lines.isDisjoint(with: [2, 3]), "\(lines)")
    }

    @Test func aBylineWithADoubledClosingBracketIsChrome() {
        // Setup
        let text = "\(Self.prose)下一步将继续做好服务保障工作。(韩雪梅 冯立))"
        // Act
        let texts = Self.chromeTexts(text)
        // Assert
        #expect(texts.contains("(韩雪梅 冯立))"), "\(texts)")
    }

    @Test func namesGluedAfterTheLastSentenceAreChrome() {
        // Setup: a paper's only paragraph, figures in it, the reporters' names glued after it.
        let text = "全市完成投资12.6亿元,为年度计划的56.2%。韩雪梅 冯立"
        // Act
        let texts = Self.chromeTexts(text)
        // Assert
        #expect(texts.contains("韩雪梅 冯立"), "\(texts)")
    }

    @Test func wordsAfterTheLastSentenceThatAreNoNamesStayBody() {
        // Setup: a slogan and a date after the last sentence.
        let text = "全市完成投资12.6亿元。高效 安全\n各项工作稳步推进。2023年 7月"
        // Act
        let texts = Self.chromeTexts(text)
        // Assert
        #expect(texts.isEmpty, "\(texts)")
    }

    @Test func anInternAndASeniorReporterSignTheDatelinesCredit() {
        // Setup: a site's news word before the bracket, an intern beside the reporter; a senior reporter.
        let leads = ["滨江网消息(记者 钱立 实习生 孙婷)7月13日,区卫生系统召开半年工作会。",
                     "本报杭州7月21日讯 (首席记者韩雪梅)上半年全省外贸稳步回升。"]
        for lead in leads {
            // Act
            let texts = Self.chromeTexts(lead)
            // Assert
            let bracket = String(lead[lead.firstIndex(of: "(")!...lead.firstIndex(of: ")")!])
            #expect(texts.contains(bracket), "\(lead): \(texts)")
        }
    }

    @Test func aDocumentSitesTaglineGluedToTheTitleIsChrome() {
        // Setup: the tagline and its slogan after a hyphen, the title and the lead glued on without a space.
        let text = "精品原创范文-用心为您奉上城关镇卫生院公共卫生服务工作汇报近年来,我院认真落实各项服务,群众满意度稳步提升。"
        // Act
        let texts = Self.chromeTexts(text)
        // Assert: the tagline; the slogan's end has no class of its own, so the title is left whole.
        #expect(texts.contains("精品原创范文"), "\(texts)")
    }
}
