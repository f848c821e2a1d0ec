import Testing
@testable import TaizhangText

/// Eighteenth pass (issue #14, corpus v): the chrome the unseen v series (news pages, portals,
/// template and PDF pages with their chrome) kept past main's rules, written as general shapes —
/// never corpus text — each with the body lines that look alike and must stay text.
@Suite struct GeneralisationSeriesVTests {
    private func lines(_ text: String) -> [Int] {
        Checker.check(text: text).findings.filter { $0.kind == .boilerplate }.map(\.line)
    }

    private let sentence = "今年以来,我们围绕中心工作扎实推进各项任务,群众满意度明显提升,基层治理能力不断增强,"
        + "各项重点工作取得了较好成效,为全年目标的完成打下了坚实基础。"

    // MARK: a figure alone opening the page

    @Test func aFigureAloneOpeningThePageIsChrome() {
        #expect(lines("96315\n手机版\n\(sentence)\n").contains(1))
    }

    /// Near misses: the same figure under the body, and a graphic's figure under its caption.
    @Test func aFigureAfterTheBodyOrUnderACaptionIsText() {
        #expect(!lines("\(sentence)\n96315\n\(sentence)\n").contains(2))
        #expect(lines("全县地方\n一般公共预算收入\n479.89亿元 同比增长45.8%\n\(sentence)\n").isEmpty)
    }

    // MARK: font-size buttons

    @Test func fontSizeButtonsAreChrome() {
        let found = lines("\(sentence)\nB+ B-\nB+\n\(sentence)\n")
        #expect(found.contains(2) && found.contains(3))
    }

    /// Near misses: a formula alone, a grade inside a sentence.
    @Test func aFormulaOrAGradeIsText() {
        #expect(!lines("\(sentence)\nA+B\n\(sentence)\n").contains(2))
        #expect(!lines("\(sentence)\n全年信用评级结果为A+,连续三年保持最高等级。\n").contains(2))
    }

    // MARK: a reporter's credit on its own line

    @Test func aReporterCreditWithoutBracketsIsChrome() {
        let found = lines("\(sentence)\n通讯员 张明报道\n\(sentence)\n记者 王芳 李强\n")
        #expect(found.contains(2) && found.contains(4))
    }

    /// Near misses: the role glued to a noun (no space), a long phrase after the space.
    @Test func aRoleWordInTextIsNoCredit() {
        #expect(!lines("\(sentence)\n通讯员队伍不断壮大\n\(sentence)\n").contains(2))
        #expect(!lines("\(sentence)\n记者 节日期间走访慰问一线职工\n\(sentence)\n").contains(2))
    }

    // MARK: photo captions without their photos

    @Test func captionsAfterTheBodyAreChrome() {
        let found = lines("\(sentence)\n(区领导为优秀志愿者颁发荣誉证书)\n(全体干部职工参加2023年度总结大会)\n")
        #expect(found.contains(2) && found.contains(3))
    }

    /// Near misses: a note pointing at the text, a task's note naming who does it, a note with
    /// punctuation, a subtitle before the body.
    @Test func notesAndSubtitlesInBracketsAreText() {
        #expect(!lines("\(sentence)\n(镇综治办牵头各村社区配合)\n").contains(2))
        #expect(!lines("\(sentence)\n(二〇二三年七月十日)\n").contains(2))
        #expect(!lines("\(sentence)\n(以上数据截至本年6月底统计)\n").contains(2))
        #expect(!lines("\(sentence)\n(联系人:张三,办公室电话)\n").contains(2))
        #expect(!lines("城关镇2023年上半年工作总结\n(在全镇干部大会上的汇报发言)\n\(sentence)\n").contains(2))
    }

    // MARK: an emptied link inside the text

    @Test func anEmptiedLinkInsideASentenceIsChrome() {
        let text = "学校把安全工作列入重要议事日程,把各项内容分解落实到人(本网为你推荐:),做到每一项工作都有专人负责。\n"
        #expect(lines(text).contains(1))
    }

    /// Near misses: a bracket with a value after its colon, a bracket pointing to an attachment.
    @Test func aBracketWithAValueIsText() {
        #expect(lines("全年完成固定资产投资3.2亿元(单位:万元),同比增长12%。\n").isEmpty)
        #expect(lines("各村按要求上报了统计表(详见附件1),汇总工作已经完成。\n").isEmpty)
    }

    // MARK: a PDF page number glued to a line cut mid-word

    @Test func aPageNumberGluedToACutLineIsChrome() {
        let text = "学校在学期初与学生家长签订安全责任书,进一步明确学生安全责任意识和家长的监护责任,明 2\n\n确了家长应做的工作。\n"
        #expect(lines(text).contains(1))
    }

    /// Near misses: a spaced extraction whose figure wraps to the next line, a figure glued to
    /// its word (a wrapped line of the document, not a page number).
    @Test func aSpacedFigureEndingALineIsText() {
        let spaced = "我校现有教师 11 人,专任教师 10 人,教学班 6 个,学生共 138 人,校舍一栋,教室与功能室共 10\n间,运动场一处。\n"
        #expect(!lines(spaced).contains(1))
        let wrapped = "全镇各村按照统一部署开展人居环境整治,共清理垃圾和杂物,拆除违章搭建和残垣断壁共计10\n处,村容村貌明显改善。\n"
        #expect(!lines(wrapped).contains(1))
    }

    // MARK: a news page's abstract label

    @Test func anAbstractLabelOpeningProseIsChrome() {
        #expect(lines("摘要:近日,记者从全镇工作动员会获悉,即日起至6月底,该镇将开展环境卫生集中整治行动。\n").contains(1))
    }

    /// Near miss: the word in a sentence of the document (no label, no colon after it).
    @Test func theWordInASentenceIsText() {
        #expect(lines("摘要和目录已按要求编制完成,并报送上级部门审核把关,确保材料规范。\n").isEmpty)
    }

    // MARK: a byline of names above the article

    /// Two names above a paragraph that holds a figure in per cent (a paragraph is no graphic's figure).
    @Test func namesAboveTheArticleAreChrome() {
        let body = "今年以来,该所牢记服务宗旨,全所年平均线损率仅有7.53%,低于指标1.47个百分点,服务水平不断提高。"
        #expect(lines("张宏伟 王正平\n\(body)\n").contains(1))
    }

    /// Near misses: a role and a name (a signature), one name, one name spaced.
    @Test func aSignatureOrOneNameAboveTheBodyIsText() {
        #expect(!lines("镇长 张三\n\(sentence)\n").contains(1))
        #expect(!lines("王正平\n\(sentence)\n").contains(1))
        #expect(!lines("欧阳 晓明\n\(sentence)\n").contains(1))
    }
}
