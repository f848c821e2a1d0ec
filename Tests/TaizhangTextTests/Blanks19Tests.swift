import Testing
@testable import TaizhangText

/// Synthetic tests of the twenty-fifth pass (blanks19): look-alikes of blanks told by their
/// neighbours (keyword chains, anti-copy noise, masked accounts and uploaders, acronyms), blanks
/// in brackets and inside a figure, a unit declared.
/// Each rule with the near misses that must keep their reading.
@Suite struct Blanks19Tests {
    func findings(_ text: String, _ kind: FindingKind) -> [String] {
        Checker.check(text: "概况\n" + text).findings.filter { $0.kind == kind }.map(\.text)
    }

    // MARK: look-alikes

    /// Words of three letters or more chained by single underscores: a spam or title chain.
    @Test(arguments: ["价格表大全_医院网站建设的目的_拉新一手渠道_今日热搜头条",
                      "精品视频在线观看 _久久免费观看热门_国产精品在线",
                      "工程图纸下载_SolidWorks_CaTia_PROE_设计图分享下载"])
    func underscores_of_a_keyword_chain_are_no_blanks(text: String) {
        #expect(findings(text, .placeholder).isEmpty)
    }

    /// Near misses: template blanks in a sentence (punctuation between them, or short words).
    @Test(arguments: [("全年开展活动_余场次,设有服务站_个,参与群众_多名。", 3), ("会议于_月_日召开。", 2),
                      ("根据_、省、市工作的有关精神开展工作。", 1), ("全镇完成投资_万元。", 1)])
    func underscores_in_a_sentence_stay_blanks(text: String, count: Int) {
        #expect(findings(text, .placeholder).count == count)
    }

    /// A letter after a space and a Latin or digit token: a forum's anti-copy noise.
    @Test func a_letter_of_anti_copy_noise_is_no_blank() {
        #expect(findings("% L7 B$ V\" B7 A* o6 x深入72个基层单位进行调研。", .placeholder).isEmpty)
        #expect(findings("% {0 }3 t5 m% g _述职报告的撰写内容", .placeholder).isEmpty)
    }

    /// Near miss: a blank spaced off after Chinese text is still one.
    @Test func a_spaced_blank_after_chinese_stays() {
        #expect(findings("全年共接待群众 xx 人次。", .placeholder) == ["xx"])
    }

    /// Stars inside a Latin account name, or two stars after a label's colon: a masked value.
    @Test(arguments: ["上传人:xuey****n398 文档编号:200352905", "本文为本站会员(b****0)主动上传。",
                      "上传人:太** 文档编号:69486545 上传时间:2023-01-05"])
    func masked_accounts_and_uploaders_are_no_blanks(text: String) {
        #expect(findings(text, .placeholder).isEmpty)
    }

    /// Near misses: stars standing for a name or a figure inside a clause.
    @Test(arguments: [("走出了一条具有**特色的发展之路。", "**"), ("**市科技发展计划项目申报书", "**"), ("完成201*年目标任务。", "201*")])
    func stars_in_a_clause_stay_blanks(text: String, blank: String) {
        #expect(findings(text, .placeholder) == [blank])
    }

    /// Three identical capitals are an acronym or a rating; two stay a name's blank.
    @Test(arguments: ["大力推广PPP模式,确保PPP项目物有所值。", "树立了东方公司“AAA资信企业”的良好形象。", "本篇为《PPP系列研究》的第二期。"])
    func three_identical_capitals_are_no_blank(text: String) {
        #expect(findings(text, .placeholder).isEmpty)
    }

    @Test func two_identical_capitals_before_a_noun_stay_a_blank() {
        #expect(findings("推进AA区与周边协同发展。", .placeholder) == ["AA"])
    }

    // MARK: blanks

    /// An x run filling a pair of square brackets set in Chinese text.
    @Test(arguments: [("依据夏民救字[XX]10号文件执行。", "XX"), ("开展活动[X]场。", "X")])
    func a_bracketed_blank_is_read(text: String, blank: String) {
        #expect(findings(text, .placeholder) == [blank])
    }

    /// Near misses: a letter in parentheses labels an option; a Latin code in brackets is none.
    @Test(arguments: ["本次采用方案(X)进行测算。", "型号为[XL]的产品。", "代码(XXL)已停产。"])
    func bracketed_letters_that_are_no_blank(text: String) {
        #expect(findings(text, .placeholder).isEmpty)
    }

    /// The whole digits of a figure left blank, its decimals kept: one blank.
    @Test(arguments: [("共完成培训xx.8万人。", "xx.8"), ("完成投资xxx.6万元。", "xxx.6"), ("占纯收入的xx.8%。", "xx.8")])
    func a_blank_before_kept_decimals_is_one_figure(text: String, blank: String) {
        #expect(findings(text, .placeholder) == [blank])
    }

    // MARK: deleted numbers

    /// 单位为万元: the unit a table counts in, no deleted figure.
    @Test func a_declared_unit_is_no_deleted_number() {
        #expect(findings("资金来源指申报项目所做预算的资金来源,单位为万元(人民币),按年度分别填报。", .missingNumber).isEmpty)
    }

    /// Near miss: a money unit after a verb that takes a figure is still a deleted number.
    @Test func a_money_unit_after_a_verb_is_still_read() {
        #expect(findings("收缴参合基金万元,参合率达到要求。", .missingNumber) == ["万元"])
    }
}
