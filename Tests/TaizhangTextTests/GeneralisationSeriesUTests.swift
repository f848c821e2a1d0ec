import Testing
@testable import TaizhangText

/// Eighteenth pass (issue #14, corpus u): share forms the unseen u series showed the checker
/// not reading, written here as general shapes — never corpus text. Each flag has a correct
/// twin, and the near misses must hold either way.
@Suite struct GeneralisationSeriesUTests {
    private func ratios(_ text: String) -> [ArithmeticCheck] {
        Checker.check(text: text).checks.filter { $0.kind == "ratio" }
    }

    // MARK: one part, two shares

    /// 完成8.1亿元,占A计划10亿元的81%,占B计划12亿元的70%: 55-style wholes of earlier shares
    /// are no parts, so 8.1 is the part of both, and 8.1/12 = 67.5% is an error. The flag
    /// stands on the second share's clause, not on the first (right) one.
    @Test func a_second_share_of_the_same_part_is_checked() {
        let found = ratios("全年完成投资8.1亿元,占市下达计划10亿元的81%,占省下达计划12亿元的70%。")
        #expect(found.map(\.consistent) == [true, false])
        #expect(found.last.map { !$0.text.contains("81%") } == true)
    }

    /// The correct twin.
    @Test func a_second_share_of_the_same_part_that_agrees() {
        let found = ratios("全年完成投资8.1亿元,占市下达计划10亿元的81%,占省下达计划12亿元的67.5%。")
        #expect(found.map(\.consistent) == [true, true])
    }

    /// Near miss: two figures before the share and neither in a 占 clause (a total and its
    /// part) — which is meant is not known, so no flag.
    @Test func a_total_and_its_part_before_a_share_are_not_flagged() {
        let found = ratios("完成投资8亿元,其中工业3亿元,占任务10亿元的55%。")
        #expect(!found.contains { !$0.consistent })
    }

    /// Near miss: 占 inside a clause (占地) does not make its figure a whole.
    @Test func a_figure_after_zhan_inside_its_clause_stays_a_part() {
        let found = ratios("新建校舍占地3000平方米,建筑面积2000平方米,占规划用地5000平方米的60%。")
        #expect(found.map(\.consistent) == [true])
    }

    // MARK: a share of the figure a part is counted among

    /// 52名党员中有26名在外务工,占总数的60%: the part and the whole around 中有; 50% was meant.
    @Test func a_share_of_the_figure_counted_among_is_checked() {
        let found = ratios("全村52名党员中有26名在外务工,占总数的60%。")
        #expect(found.map(\.consistent) == [false])
    }

    /// The correct twin.
    @Test func a_share_of_the_figure_counted_among_that_agrees() {
        let found = ratios("全村52名党员中有26名在外务工,占总数的50%。")
        #expect(found.map(\.consistent) == [true])
    }

    /// Near misses: 中 between figures of different measures (在3次检查中有12家), a break
    /// between the whole and 中有, a share of another named whole — none is read as the form.
    @Test func other_shapes_around_zhong_are_not_flagged() {
        for text in ["在3次检查中有12家单位整改,占总数的40%。",
                     "全村52名党员中,有26名在外务工,占总数的60%。",
                     "全村52名党员中有26名在外务工,占全镇外出务工人员的5%。"] {
            #expect(!ratios(text).contains { !$0.consistent }, "\(text)")
        }
    }

    // MARK: colon terms of figures with a breakdown between

    /// 20.0:35.0:45.0 of the three industries stated above, with the second industry broken
    /// down between them: the terms agree with 40, 70 and 90.
    @Test func precise_colon_terms_agree_with_figures_a_breakdown_separates() {
        let text = "全县生产总值200亿元,其中第一产业40亿元,第二产业70亿元,其中工业50亿元,建筑业20亿元;第三产业90亿元。\n三次产业结构比为20.0:35.0:45.0。"
        let found = ratios(text).filter { $0.line == 2 }
        #expect(found.map(\.consistent) == [true])
    }

    /// Near miss: whole-number terms are not searched for among skipped figures (1:2:3 and the
    /// like agree too easily).
    @Test func whole_number_colon_terms_do_not_skip_figures() {
        let text = "全县生产总值200亿元,其中第一产业40亿元,第二产业70亿元,其中工业50亿元,建筑业20亿元;第三产业90亿元。\n三次产业结构比为20:35:45。"
        #expect(ratios(text).filter { $0.line == 2 }.isEmpty)
    }

    // MARK: reporters' names in brackets, durations in seconds, a unit shared over 和

    private func chrome(_ text: String) -> [Finding] {
        Checker.check(text: text).findings.filter { $0.kind == .boilerplate }
    }

    /// 。 (张建国 李明): names alone, after a space, are the news site's byline.
    @Test func reporters_names_in_brackets_after_a_spaced_sentence_end_are_chrome() {
        let found = chrome("上半年累计完成投资3.2亿元,占年度计划的60%。 (张建国 李明)")
        #expect(found.count == 1)
    }

    /// Near misses: one name (a note of the summary's own), a bracket of four-letter words,
    /// a unit note with a numeral, and a bracket in mid-sentence are kept.
    @Test func other_brackets_after_a_sentence_are_not_chrome() {
        for text in ["上半年累计完成投资3.2亿元。 (张建国)",
                     "上半年累计完成投资3.2亿元。 (详见附件 附表)",
                     "上半年累计完成投资3.2亿元。 (单位 万元)",
                     "上半年累计完成投资(张建国 李明)3.2亿元。"] {
            #expect(chrome(text).isEmpty, "\(text)")
        }
    }

    /// 不到13秒钟 is a duration; 8时30分15秒 a time of day stays unread.
    @Test func seconds_as_a_duration_are_a_quantity() {
        let found = Checker.check(text: "全年平均不到13秒钟处置警情。").quantities.map { "\($0.value)\($0.unit)" }
        #expect(found == ["13.0秒钟"])
        #expect(Checker.check(text: "于8时30分15秒发出预警。").quantities.filter { $0.unit.hasPrefix("秒") }.isEmpty)
    }

    /// 分别回落2.16和1.66个百分点: the first decimal takes the unit over 和.
    @Test func decimals_joined_by_he_share_their_unit() {
        let found = Checker.check(text: "第二、第三产业比重分别回落2.16和1.66个百分点。").quantities.map { "\(($0.value * 100).rounded() / 100)\($0.unit)" }
        #expect(found == ["2.16个百分点", "1.66个百分点"])
    }

    /// Near miss: whole numbers joined by 和 stay as written (2023和2024年, 3和5号楼).
    @Test func whole_numbers_joined_by_he_do_not_share_a_unit() {
        let found = Checker.check(text: "完成3和5号楼改造,新建2个站点。").quantities.map(\.unit)
        #expect(!found.contains("号楼"))
        #expect(Checker.check(text: "完成3和5号楼改造,新建2个站点。").quantities.count == 1)
    }

    // MARK: a count right after the numbers it counts

    private func counts(_ text: String) -> [Bool] {
        Checker.check(text: text).checks.filter { $0.statement.hasPrefix("count check") && $0.statement.contains("numbers listed") }.map(\.consistent)
    }

    /// 6、7、8三个月 counts the three months it lists.
    @Test func a_count_after_the_numbers_it_counts_agrees() {
        #expect(counts("夏季的6、7、8三个月共处置警情6.5万起,占全年的28%。") == [true])
    }

    /// 6、7、8两个月 does not.
    @Test func a_count_after_the_numbers_that_disagrees_is_an_error() {
        #expect(counts("夏季的6、7、8两个月共处置警情6.5万起,占全年的28%。") == [false])
    }

    /// Near misses: a word between the list and the count (7、8月两个月, 1、2号楼三个单元),
    /// a longer number opening the list (100、7、8三个), a year list — none is read.
    @Test func lists_not_right_before_their_count_are_not_read() {
        for text in ["7、8月两个月共处置警情6.5万起,同比增长5%。",
                     "完成1、2号楼三个单元改造,投入资金50万元。",
                     "分为100、7、8三个档次,涉及资金50万元。",
                     "2023、2024两个年度共投入资金50万元,完成项目3个。"] {
            #expect(counts(text).isEmpty, "\(text)")
        }
    }

    // MARK: a share of 全年 stated paragraphs before

    private let yearOpening = "全年共受理群众诉求120.5万件,比上年增加3.6%,办结率98.1%,回访满意率96.2%,出动人员2593人次、车辆469辆次,营救被困人员21人,疏散人员102人,处置森林火灾272起,开展执勤6207次,检查单位3580家,整改隐患1206处,培训人员1500名。\n"

    /// …占全年的28%: 占 names the year's whole, so the figure is looked for in the whole
    /// document, not among the last eight figures only (33.7 of 120.5 is 28%).
    @Test func a_share_of_the_year_stated_long_before_agrees() {
        let found = ratios(yearOpening + "夏季共受理诉求33.7万件,占全年的28%。").filter { $0.line == 2 }
        #expect(found.map(\.consistent) == [true])
    }

    /// Near miss: without a word naming the whole (占同类诉求的28%) the narrow window stays,
    /// and nothing is reported; a mismatch is never called either way.
    @Test func a_share_not_naming_the_whole_keeps_the_narrow_window() {
        #expect(ratios(yearOpening + "夏季共受理诉求33.7万件,占同类诉求的28%。").filter { $0.line == 2 }.isEmpty)
        #expect(ratios(yearOpening + "夏季共受理诉求30.7万件,占全年的28%。").filter { $0.line == 2 && !$0.consistent }.isEmpty)
    }

    // MARK: a sentence written again in its line with a breakdown added

    private func repeats(_ text: String) -> [Finding] {
        Checker.check(text: text).findings.filter { $0.kind == .duplicate }
    }

    /// The lead "…共受理投诉120件,群众满意率98%。" then the same sentence with its parts inside.
    @Test func a_sentence_repeated_with_a_breakdown_inside_is_a_repeat() {
        let found = repeats("本月全区共受理群众投诉120件,群众满意率保持较高水平。本月全区共受理群众投诉120件,其中环境类50件,噪声类40件,其他30件;办结115件,群众满意率保持较高水平。")
        #expect(found.count == 1)
        #expect(found.first.map { $0.column > 20 } == true)
    }

    /// Near misses: parallel sentences (one clause's words differ), a later sentence that
    /// opens alike but closes otherwise, and a short one-clause sentence, are no repeats.
    @Test func parallel_and_short_sentences_are_not_repeats() {
        for text in ["上半年全区共受理群众投诉120件,群众满意率保持较高水平。下半年全区共受理群众投诉130件,其中环境类50件,群众满意率保持较高水平。",
                     "本月全区共受理群众投诉120件,群众满意率保持较高水平。本月全区共受理群众投诉120件,其中环境类50件,办结率达到百分之百。",
                     "全区共受理投诉120件。全区共受理投诉120件,其中环境类50件,办结115件。"] {
            #expect(repeats(text).isEmpty, "\(text)")
        }
    }
}
