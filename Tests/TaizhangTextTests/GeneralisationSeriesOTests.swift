import Testing
@testable import TaizhangText

/// Sixteenth pass (issue #14, corpus o): statement forms the unseen o series showed the
/// checker misreading or not reading, written here as general shapes — never corpus text.
/// Each wrong statement has a correct twin that must not be flagged.
@Suite struct GeneralisationSeriesOTests {
    private func checks(_ text: String) -> [ArithmeticCheck] {
        Checker.check(text: text).checks
    }

    private func verdicts(_ text: String, _ kind: String) -> [Bool] {
        checks(text).filter { $0.kind == kind }.map(\.consistent)
    }

    // MARK: which figures a growth rate is of

    /// 去年同期为773件1350人: the figure glued to a base is a base too, and 件数 / 人数 name
    /// the measure each rate is of.
    @Test func glued_bases_and_named_measures_pair_each_rate_with_its_figures() {
        let right = "审结案件478件635人,去年同期为773件1350人,同比件数下降38.2%、人数下降53.0%。"
        let wrong = "审结案件478件635人,去年同期为773件1350人,同比件数下降38.2%、人数下降58.0%。"
        #expect(verdicts(right, "growth") == [true, true])
        #expect(verdicts(wrong, "growth") == [true, false])
    }

    /// 件数和人数分别下降a%、b%: measures named in order go to the rates in order.
    @Test func measures_named_in_order_go_to_the_rates_in_order() {
        let right = checks("受理案件97件134人,去年同期为197件375人,件数和人数分别同比下降50.8%、64.3%。")
        let wrong = checks("受理案件97件134人,去年同期为197件375人,件数和人数分别同比下降55.8%、64.3%。")
        #expect(!right.contains { !$0.consistent })
        #expect(wrong.filter { !$0.consistent }.map(\.kind) == ["growth"])
    }

    /// Unnamed, rates after 分别 take the glued base's figures in order (the first, 件).
    @Test func unnamed_rates_take_the_glued_bases_in_order() {
        let right = verdicts("审结案件95件134人,去年同期为200件377人,同比分别下降52.5%、64.5%。", "growth")
        let wrong = verdicts("审结案件95件134人,去年同期为200件377人,同比分别下降50.8%、64.5%。", "growth")
        #expect(right.first == true)
        #expect(wrong.first == false)
    }

    /// X件,去年同期为Y件 …;另一数Z件,同比下降R%: the base is X's; Z's earlier figure is not stated.
    @Test func a_base_after_its_own_current_is_not_a_later_figures() {
        let bound = checks("审结案件478件,去年同期为773件,审结率87%;共起诉373件,同比下降47.8%。")
        #expect(!bound.contains { $0.kind == "growth" })
    }

    /// Near miss: a base stated before the only current figure is still its base.
    @Test func a_base_before_the_current_figure_still_counts() {
        #expect(verdicts("去年同期起诉773件,今年共起诉373件,同比下降51.7%。", "growth") == [true])
        #expect(verdicts("去年同期起诉773件,今年共起诉373件,同比下降41.7%。", "growth") == [false])
    }

    /// 受案增加167件 is of 受理案件1803件, 结案增加34件 of 结案894件: the increment's own subject.
    @Test func an_increment_with_its_subject_is_of_the_figure_sharing_it() {
        let right = checks("共受理案件1803件,结案894件。与上年同比,受案增加167件,上升10.2%,结案增加34件,上升4.0%。")
        let wrong = checks("共受理案件1803件,结案894件。与上年同比,受案增加167件,上升12.2%,结案增加34件,上升4.0%。")
        #expect(right.filter { $0.kind == "growth" }.map(\.consistent) == [true, true])
        #expect(wrong.filter { $0.kind == "growth" }.map(\.consistent) == [false, true])
    }

    /// Near miss: an increment naming no subject is of the figure before it.
    @Test func an_increment_without_subject_is_of_the_nearest_figure() {
        #expect(verdicts("共受理案件1803件,比上年增加167件,增长10.2%。", "growth") == [true])
        #expect(verdicts("共受理案件1803件,比上年增加167件,增长12.2%。", "growth") == [false])
    }

    // MARK: totals and their parts

    /// 118人(不含…5人),其中…: the bracket is a note on 118; its 5 is no total of the parts.
    @Test func a_note_in_brackets_before_the_marker_is_no_total() {
        let right = checks("决定不起诉118人(不含附条件不起诉5人),其中法定不起诉9人、相对不起诉93人、证据不足不起诉16人、附条件不起诉5人。")
        let wrong = checks("决定不起诉118人(不含附条件不起诉5人),其中法定不起诉19人、相对不起诉93人、证据不足不起诉16人。")
        #expect(right.filter { $0.kind == "sum" }.map(\.consistent) == [true])
        #expect(wrong.filter { $0.kind == "sum" }.map(\.consistent) == [false])
    }

    /// 总收入69.27亿,其中…69.527亿元: a bare 亿 dropped its measure word; a part above it is an error.
    @Test func a_part_above_a_total_in_a_bare_magnitude_is_flagged() {
        let wrong = checks("实现旅游总收入69.27亿,同比增长39.9%,其中国内旅游总收入69.527亿元,同比增长39.9%。")
        let right = checks("实现旅游总收入69.27亿,同比增长39.9%,其中国内旅游总收入65.527亿元,同比增长39.9%。")
        #expect(wrong.filter { $0.kind == "sum" }.map(\.consistent) == [false])
        #expect(!right.contains { !$0.consistent })
    }

    /// Near miss: a part of another magnitude (人 under 万) is no part of a bare 万.
    @Test func a_part_of_another_magnitude_is_no_part_of_a_bare_one() {
        #expect(!checks("接待游客12万,其中过夜游客18000人。").contains { !$0.consistent })
    }

    /// 其中工业总收入60亿元: a total word in the marker's own clause names the part.
    @Test func a_total_word_in_the_markers_clause_names_the_part() {
        #expect(verdicts("全年总收入50亿元,其中工业总收入60亿元。", "sum") == [false])
        #expect(!checks("全年总收入50亿元,其中工业总收入30亿元。").contains { !$0.consistent })
    }

    /// The parts make the total and each states its change: the changes add up as well.
    @Test func the_changes_of_the_parts_add_up_to_the_change_of_the_total() {
        let wrong = checks("播种面积76.82万亩,比上年增0.63万亩。其中:夏收32.17万亩,比上年增0.45万亩;秋收44.65万亩,比上年增0.08万亩。")
        let right = checks("播种面积76.82万亩,比上年增0.63万亩。其中:夏收32.17万亩,比上年增0.45万亩;秋收44.65万亩,比上年增0.18万亩。")
        #expect(wrong.filter { !$0.consistent }.count == 1)
        #expect(wrong.filter { $0.statement.hasPrefix("change of the total") }.map(\.consistent) == [false])
        #expect(right.filter { $0.statement.hasPrefix("change of the total") }.map(\.consistent) == [true])
    }

    /// Near miss: a part without its own change leaves the changes unchecked.
    @Test func a_part_without_a_change_leaves_the_changes_alone() {
        let found = checks("播种面积76.82万亩,比上年增0.63万亩。其中:夏收32.17万亩,比上年增0.45万亩;秋收44.65万亩。")
        #expect(!found.contains { $0.statement.hasPrefix("change of the total") })
        #expect(!found.contains { !$0.consistent })
    }

    // MARK: shares of one whole

    /// 占比96.05%,同比下降15.6%,其中…占比95.56%;…2.45%;…1.5%: growth rates between the shares
    /// do not end the run, and a share within the share before it is left out.
    @Test func shares_with_their_growth_and_a_nested_share_make_one_whole() {
        let found = checks("采矿业占比96.05%,同比下降15.6%,其中煤炭开采占比95.56%,同比下降15.4%;制造业占比2.45%,同比下降14.8%;电力业占比1.5%,同比增长9.8%。")
        #expect(found.contains { $0.statement.hasPrefix("shares 96.05% + 2.45% + 1.5%") && $0.consistent })
        #expect(!found.contains { !$0.consistent })
    }

    /// Near miss: shares that do not make a whole are not reported (and never flagged).
    @Test func shares_short_of_a_whole_are_not_read() {
        let found = checks("采矿业占比96.05%,同比下降15.6%,其中煤炭开采占比95.56%,同比下降15.4%;制造业占比2.75%,同比下降14.8%;电力业占比1.5%。")
        #expect(!found.contains { $0.statement.hasPrefix("shares") })
        #expect(!found.contains { !$0.consistent })
    }

    /// 贡献率分别为3.3%、75.2%和21.5%: rates listed after 分别为 are of one set's members.
    @Test func rates_listed_after_fenbie_may_make_one_whole() {
        #expect(checks("三次产业对经济增长贡献率分别为3.3%、75.2%和21.5%。").contains { $0.statement.hasPrefix("shares") })
        #expect(!checks("增幅2-4月份分别为14.2%、13%、12.8%。").contains { $0.statement.hasPrefix("shares") })
    }

    // MARK: averages

    /// 平均亩产108公斤,比上年增4公斤,增3.9%: both averages were rounded, so the rate of the
    /// exact ones may be 3.9% (4/104 is 3.85%); a rate far off is still an error.
    @Test func the_growth_of_a_rounded_average_agrees_within_its_rounding() {
        #expect(verdicts("平均亩产108公斤,比上年增4公斤,增3.9%。", "growth") == [true])
        #expect(verdicts("平均亩产108公斤,比上年增4公斤,增5.9%。", "growth") == [false])
    }

    /// Near miss: a figure that is no average keeps the strict match.
    @Test func a_plain_figure_keeps_the_strict_match() {
        #expect(verdicts("全县产量108吨,比上年增4吨,增3.9%。", "growth") == [false])
    }

    // MARK: a ratio with colons on the line after its amounts

    /// 三次产业结构为10:40:50 on its own line: the terms agree with the amounts stated above.
    @Test func a_colon_ratio_agrees_with_amounts_of_the_lines_above() {
        let text = "全县生产总值500亿元,其中第一产业50亿元,第二产业200亿元,第三产业250亿元。\n三次产业结构为10:40:50。"
        let found = checks(text).filter { $0.statement.contains("terms of a ratio") }
        #expect(found.map { $0.line } == [2])
        #expect(found.allSatisfy { $0.consistent })
    }

    /// Near miss: terms no run of the figures above gives are not read (and never flagged).
    @Test func a_colon_ratio_of_other_figures_is_not_read() {
        let text = "全县生产总值500亿元,其中第一产业50亿元,第二产业200亿元,第三产业250亿元。\n三次产业结构为10:30:60。"
        #expect(!checks(text).contains { $0.statement.contains("terms of a ratio") })
        #expect(!checks(text).contains { !$0.consistent })
    }
}
