import Testing
@testable import TaizhangText

/// Seventeenth pass (issue #14, corpus t): sum forms the unseen t series showed the checker
/// not reading, written here as general shapes — never corpus text. Each flag has a correct
/// twin, and the near misses (其中-subsets, lists that need not cover the whole) must hold.
@Suite struct GeneralisationSeriesTTests {
    private func checks(_ text: String) -> [ArithmeticCheck] {
        Checker.check(text: text).checks
    }

    private func sums(_ text: String) -> [Bool] {
        checks(text).filter { $0.kind == "sum" }.map(\.consistent)
    }

    // MARK: a last part naming the rest closes the list

    /// 其中A 60件,B 25件,转交其他单位10件 of 90件: the rest word in the last label makes
    /// the parts the whole, and 95 > 90 is an error.
    @Test func parts_closed_by_a_rest_label_may_not_exceed_the_total() {
        let wrong = sums("全年共受理投诉90件,其中现场答复60件,书面答复25件,转交其他单位10件,群众满意。")
        #expect(wrong == [false])
    }

    /// The correct twin: the same parts making the total agree.
    @Test func parts_closed_by_a_rest_label_that_make_the_total_agree() {
        let right = sums("全年共受理投诉95件,其中现场答复60件,书面答复25件,转交其他单位10件,群众满意。")
        #expect(right == [true])
    }

    /// Near miss: the same parts exceeding the total without a rest word stay a subset
    /// (two lines of breakdown may overlap).
    @Test func parts_without_a_rest_label_that_exceed_are_not_flagged() {
        let subset = checks("全年共受理投诉90件,其中现场答复60件,书面答复25件,电话回访10件,群众满意。")
        #expect(!subset.contains { !$0.consistent })
    }

    // MARK: parts before a total named by their labels' tail

    /// 市级示范社区8个,县级示范社区15个,镇级示范社区6个,示范社区29个: no total word, but the
    /// parts' labels end in 示范社区 and the total's label holds it.
    @Test func parts_before_a_total_sharing_their_labels_tail_agree() {
        let right = sums("经评估,评定市级示范社区8个,县级示范社区15个,镇级示范社区6个,示范社区29个。")
        #expect(right == [true])
    }

    /// Agreement only: parts that do not make the figure are no flag (it may count
    /// something else).
    @Test func parts_before_a_named_figure_that_do_not_add_up_are_not_flagged() {
        let other = checks("经评估,评定市级示范社区8个,县级示范社区15个,镇级示范社区6个,示范社区31个。")
        #expect(!other.contains { $0.kind == "sum" })
    }

    /// Near miss: a figure after a run of parts whose labels share nothing with it is no
    /// total, even when the numbers happen to add up.
    @Test func a_figure_sharing_no_tail_with_the_parts_is_no_total() {
        let unrelated = checks("今年新建公厕8座,改建公厕6座,修缮凉亭14座。")
        #expect(!unrelated.contains { $0.kind == "sum" })
    }

    /// Near miss: a figure of another measure between the parts and the figure ends the
    /// parts (it may start another count).
    @Test func a_figure_of_another_measure_between_ends_the_parts() {
        let broken = checks("评定市级示范社区8个,县级示范社区15个,涉及居民3000户,镇级示范社区6个,示范社区29个。")
        #expect(!broken.contains { $0.kind == "sum" && $0.statement.contains("labels") })
    }

    // MARK: 其中-subsets are never flagged

    /// 其中大专52人,本科13人 of 57: degrees may overlap (大专 and above), never flagged.
    @Test func overlapping_qizhong_parts_are_never_flagged() {
        let subset = checks("学校现有在职教师57人,其中大专以上学历52人,本科学历13人。")
        #expect(!subset.contains { !$0.consistent })
    }
}
