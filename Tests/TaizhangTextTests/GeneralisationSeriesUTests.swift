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
}
