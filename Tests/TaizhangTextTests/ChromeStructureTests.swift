import Testing
@testable import TaizhangText

/// Twenty-first pass (chrome15): chrome read by where it stands around the document's body —
/// a site's table of contents above the text whose headings recur in it (`ContentsRun`), a
/// credit in brackets after the last sentence (`ClosingByline`) — each with near misses of the
/// body that must stay text. Synthetic texts only (never corpus lines).
@Suite struct ChromeStructureTests {
    private func chromeLines(_ text: String) -> [Int] {
        Checker.check(text: text).findings.filter { $0.kind == .boilerplate }.map(\.line).sorted()
    }

    private let prose = "今年以来,我们围绕中心工作扎实推进各项任务,群众满意度明显提升,基层治理能力不断增强。"

    // MARK: a site's table of contents

    private var contents: String { "(一)党建引领基层治理\n(二)优化为民服务流程\n(三)推进平安社区建设\n" }
    private var body: String {
        "某某街道2024年上半年工作总结\n\(prose)\n一、主要工作\n(一)党建引领基层治理。\(prose)\n"
            + "(二)优化为民服务流程。\(prose)\n(三)推进平安社区建设。\(prose)\n"
    }

    @Test func contentsAboveTheTitleWhoseHeadingsRecurAreChrome() {
        #expect(chromeLines(contents + body) == [1, 2, 3])
    }

    @Test func contentsWithBlankLinesAndSpacedMarkersAreChrome() {
        let spaced = "(一)党建引领基层治理\n\n(二)优化为民服务流程\n\n(三)推进平安社区建设\n\n"
        #expect(chromeLines(spaced + body) == [1, 3, 5])
    }

    /// An outline-only plan above the text whose headings never recur: the document's own list.
    @Test func headingsAboveTheBodyThatDoNotRecurStay() {
        let plan = "(一)完善工作机制\n(二)强化队伍建设\n(三)加大宣传力度\n"
        #expect(chromeLines(plan + body).isEmpty)
    }

    /// One heading recurring is not enough (a first heading may repeat a phrase of the list).
    @Test func oneRecurringHeadingIsNotAContentsTable() {
        let text = contents + "某某街道2024年上半年工作总结\n\(prose)\n(一)党建引领基层治理。\(prose)\n(二)加强民生保障。\(prose)\n"
        #expect(chromeLines(text).isEmpty)
    }

    /// The document's own nested headings before its first sentence (一、 (一) 1.): no three siblings.
    @Test func nestedHeadingsOpeningTheTextStay() {
        let text = "一、主要工作\n(一)党建引领\n1.强化组织建设\n\(prose)\n二、主要工作\n(一)党建引领\n1.强化组织建设\n\(prose)\n"
        #expect(chromeLines(text).isEmpty)
    }

    /// A summary list inside the body (headings, then the same headings with their paragraphs) is the text's.
    @Test func aListInsideTheBodyRepeatedLaterStays() {
        let text = "某某街道2024年上半年工作总结\n\(prose)\n" + contents + "(一)党建引领基层治理。\(prose)\n"
            + "(二)优化为民服务流程。\(prose)\n(三)推进平安社区建设。\(prose)\n"
        #expect(chromeLines(text).isEmpty)
    }

    /// A bundle: the next text may repeat the first's headings; a marker closes the candidates.
    @Test func aBundledTextRepeatingTheHeadingsStays() {
        let text = "第1篇\n" + contents + "第2篇\n" + body
        #expect(chromeLines(text).isEmpty)
    }

    // MARK: a credit after the last sentence

    @Test func aNameInBracketsAfterTheLastSentenceIsChrome() {
        let text = "某某县司法局上半年工作总结\n\(prose)\n\(prose)(冯涛)\n"
        #expect(chromeLines(text) == [3])
    }

    @Test func aUnitOrUnitAndAuthorOrReporterAreChrome() {
        for credit in ["(胡集镇)", "(县农业局刘广刚)", "(某某县财政局国库股 皮星慧)", "(本报记者刘芳滨)", "(记者王明、李华)", " (通讯员 陈强)"] {
            #expect(chromeLines("标题工作总结\n\(prose)\n\(prose)\(credit)\n") == [3], "\(credit)")
        }
    }

    @Test func aCreditAloneBelowTheLastParagraphIsChrome() {
        #expect(chromeLines("标题工作总结\n\(prose)\n(冯涛)\n") == [3])
    }

    /// Another paragraph after it: a bracketed note inside the text (a compiled report's source).
    @Test func aCreditInMidTextStays() {
        #expect(chromeLines("标题工作总结\n\(prose)(县教育局)\n\(prose)\n").isEmpty)
    }

    /// Notes, dates, figures, clauses and words that are no name stay the document's.
    @Test func bracketedNotesAfterTheLastSentenceStay() {
        for note in ["(此件公开发布)", "(附件略)", "(2024年7月)", "(单位:万元)", "(以上数据截至6月底)", "(待续)", "(试行)", "(草案)", "(一)", "(三人)"] {
            #expect(chromeLines("标题工作总结\n\(prose)\n\(prose)\(note)\n").isEmpty, "\(note)")
        }
    }

    /// After a clause (no sentence end) the bracket belongs to the sentence.
    @Test func aBracketAfterAClauseStays() {
        #expect(chromeLines("标题工作总结\n\(prose)\n全年共调解纠纷工作由司法所具体负责,(冯涛)\n").isEmpty)
    }

    // MARK: a sentence broken into fragments by a PDF's extraction

    @Test func fragmentsOfABrokenSentenceAreNoTags() {
        let text = "标题工作总结\n\(prose)\n特色种植面积持续扩大,岭上人家蓝\n莓\n园蓝\n莓\n销量达\nXX\n万斤,产值稳步增长。\n"
        #expect(chromeLines(text).isEmpty)
    }

    @Test func aClauseMarkBrokenOffAFigureIsText() {
        let text = "标题工作总结\n\(prose)\n完成地区生产总值12亿元,增长\n5%\n;\n消费品零售总额增长\n8%\n。\n"
        #expect(chromeLines(text).isEmpty)
    }

    /// Tags below a closed paragraph, or below a line of chrome, are still the page's.
    @Test func tagsBelowAClosedParagraphOrChromeStayChrome() {
        #expect(chromeLines("标题工作总结\n\(prose)\n2023\n社会\n事业\n上半年\n") == [3, 4, 5, 6])
        #expect(chromeLines("标题工作总结\n\(prose)\n网站客服:3074922707\n2023\n社会\n事业\n").contains(5))
    }

    /// A stray mark after a closed sentence, and bars after a paragraph (no clause mark), are still the page's.
    @Test func strayMarksApartFromASentenceStayChrome() {
        #expect(chromeLines("标题工作总结\n\(prose)\n;\n\(prose)\n").contains(3))
        #expect(chromeLines("标题工作总结\n\(prose)\n||\n").contains(3))
    }
}
