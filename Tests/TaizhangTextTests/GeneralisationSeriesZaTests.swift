import Testing
@testable import TaizhangText

/// Twenty-first pass (issue #14, zafix): precision failures the unseen za series showed,
/// written as general shapes — never corpus text. Each positive has near misses that must
/// hold either way.
@Suite struct GeneralisationSeriesZaTests {
    private func flags(_ text: String) -> [String] {
        Checker.check(text: text).checks.filter { !$0.consistent }.map(\.statement)
    }

    private func findings(_ text: String, _ kind: FindingKind) -> [String] {
        Checker.check(text: text).findings.filter { $0.kind == kind }.map(\.text)
    }

    // MARK: a 其中 list breaks down the figure it follows

    /// The marker's sentence states its own whole (22家) before 其中: a figure of the parts'
    /// measure a sentence back is no total of the list.
    @Test func qizhong_after_its_own_sentences_figure_is_not_read_against_a_sentence_back() {
        // Setup
        let text = "今年引进了5个优质新品种。全县现有龙头企业22家,其中省级2家;农民合作社769个,新增6个。"
        // Act
        let found = flags(text)
        // Assert
        #expect(found.isEmpty)
    }

    /// Near misses: a 其中 that opens its sentence still breaks down the sentence before, and
    /// parts exceeding the whole of their own sentence are still flagged.
    @Test(arguments: ["全县新建村级服务站5个。其中示范站3个、标准站4个。",
                      "全县现有龙头企业22家,其中省级12家、市级15家。"])
    func qizhong_against_its_own_whole_is_still_flagged(text: String) {
        #expect(flags(text).count == 1)
    }

    /// A part of an earlier list (48人) is not the whole of a sibling's list: after a clause
    /// break, a figure of another measure (111户) opens the sibling the next 其中 breaks down.
    @Test func a_siblings_list_is_not_read_against_a_part_before_it() {
        // Setup
        let text = "b类家庭42户,其中:单亲家庭14户24人、困难家庭18户48人,c类家庭111户,占低保户的51%其中:"
            + "因病家庭43户,一般家庭68户,老人83户,122人。"
        // Act
        let found = flags(text)
        // Assert
        #expect(found.isEmpty)
    }

    /// Near misses: a part broken down right after it, and a total with a figure of another
    /// measure between it and 其中 but no earlier list, are still read against their parts.
    @Test(arguments: ["b类家庭42户,其中:单亲家庭14户24人、困难家庭18户48人,其中:老人30人、儿童25人。",
                      "举办培训班8期,培训1200人次,其中:初级班5期、中级班4期。"])
    func a_total_with_its_own_list_is_still_flagged(text: String) {
        #expect(flags(text).count == 1)
    }

    // MARK: a money unit before the head of a class

    /// 亿元项目: a magnitude unit right before 项目/企业/产业 names a class by its size.
    @Test func a_money_unit_before_a_class_head_is_no_deleted_number() {
        // Setup
        let text = "全年引进企业394家,其中亿元项目13个,超额完成亿元项目招引的年度目标,培育千万元企业5家。"
        // Act
        let found = findings(text, .missingNumber)
        // Assert
        #expect(found.isEmpty)
    }

    /// Near misses: the unit ending its clause, or after a blank, still lost its figure.
    @Test(arguments: ["全年完成固定资产投资亿元,同比增长5%。", "计划投资 亿元项目建设。"])
    func a_money_unit_without_its_figure_is_still_flagged(text: String) {
        #expect(findings(text, .missingNumber) == ["亿元"])
    }

    // MARK: a web title's separators are no blanks

    /// 某某城中心_某某足球网-【…】: one underscore between a page's and a site's names.
    @Test func a_title_separator_underscore_is_no_placeholder() {
        // Setup
        let text = "按照《某某城中心_某某足球网-【投注官网平台】安全办公室关于开展活动的通知》要求,结合实际开展了工作。"
        // Act
        let found = findings(text, .placeholder)
        // Assert
        #expect(found.isEmpty)
    }

    /// Near misses: blanks of a template between words, with no title separator after them.
    @Test(arguments: ["会议于_月_日在会议室召开。", "本村共有党员_人,其中女党员_人。"])
    func template_underscores_are_still_blanks(text: String) {
        #expect(findings(text, .placeholder).count == 2)
    }

    // MARK: the document's own date line under a page's keys

    /// 点击数: then the document's date line whose opening bracket the page lost: not a value.
    @Test func a_date_line_closing_an_unopened_bracket_is_no_page_detail() {
        // Setup
        let text = "某某局2016年政务信息公开年度报告\n发布日期:2017-02-23    点击数:\n2017年2月23日)\n根据有关规定,特编制本报告。全年主动公开信息120条。"
        // Act
        let found = findings(text, .boilerplate)
        // Assert
        #expect(!found.contains("2017年2月23日)"))
    }

    // MARK: a document site's chunk numbers

    /// 1、 on a file title that opens with its year, 2、 after a cut word, 3、 after a cut
    /// figure: the site's chunks, not an outline with gaps.
    @Test func chunks_opening_on_a_year_or_a_split_figure_are_no_outline() {
        // Setup
        let body = String(repeating: "坚持以人为本的宗旨,发挥民政在构建和谐社会中的基础作用,", count: 3)
        let text = "某某网站由会员分享,可在线阅读,请在网站上搜索。\n"
            + "1、2022最新民政局上半年工作总结\(body)现将工作总结如下:一、主要工作(一)社会救助1.做好特困人员供养工作。认定城市特困\n"
            + "2、人员59人。\(body)2.社会救助水平稳步提高。\(body)3.完善医疗救助。发放医疗救助金72.91462\n"
            + "3、4万元。其中资助参保118人。"
        // Act
        let report = Checker.check(text: text)
        // Assert
        #expect(report.findings.filter { $0.kind == .numbering }.isEmpty)
        #expect(report.findings.filter { $0.kind == .boilerplate && ["1、", "2、", "3、"].contains($0.text) }.count == 3)
    }

    /// Near miss: a numbered list after finished sentences keeps its numbers, and its gap.
    @Test func a_list_after_finished_sentences_still_has_its_gap() {
        let text = "一、主要工作\n1、2022年完成道路硬化10公里。\n3、4月份开展安全检查5次。"
        #expect(!Checker.check(text: text).findings.filter { $0.kind == .numbering }.isEmpty)
    }
}
