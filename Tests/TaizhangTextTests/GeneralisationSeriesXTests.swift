import Testing
@testable import TaizhangText

/// Nineteenth pass (issue #14, corpus x): forms the unseen x series showed the checker
/// misreading, written here as general shapes — never corpus text. Each positive has a wrong
/// twin that must be flagged and near misses that must hold either way.
@Suite struct GeneralisationSeriesXTests {
    private func flags(_ text: String) -> [ArithmeticCheck] {
        Checker.check(text: text).checks.filter { !$0.consistent }
    }

    private func agreements(_ text: String) -> [ArithmeticCheck] {
        Checker.check(text: text).checks.filter(\.consistent)
    }

    // MARK: the whole of a share is not the amount an increment changed

    /// 完成A,完成目标B的R%,比上年增收D,增长G%: the increment is of A, not of B.
    @Test func an_increment_after_a_share_is_of_the_done_amount() {
        // Setup: 260 / (3260 − 260) = 8.67%; 3260 / 8000 = 40.75%.
        let text = "全镇完成税收3260万元,完成年度计划8000万元的40.8%,比上年增收260万元,增长8.7%。"
        // Act
        let report = Checker.check(text: text)
        // Assert
        let allConsistent = report.checks.allSatisfy(\.consistent)
        let growth = report.checks.contains { $0.statement.hasPrefix("growth") && $0.statement.contains("3260") }
        #expect(allConsistent)
        #expect(growth)
    }

    /// The same statement with a wrong rate is flagged against the done amount.
    @Test func a_wrong_increment_rate_after_a_share_is_flagged() {
        let found = flags("全镇完成税收3260万元,完成年度计划8000万元的40.8%,比上年增收260万元,增长12.5%。")
        let ofDone = found.first.map { $0.statement.contains("3260") } ?? false
        #expect(found.count == 1)
        #expect(ofDone)
    }

    /// 减支 / 增支 are signed changes of spending like 减收 / 增收 of revenue.
    @Test func a_decrease_in_spending_is_a_signed_change() {
        // Setup: 4000 / (52000 + 4000) = 7.14%; 52000 / 130000 = 40%.
        let good = "全县支出累计完成52000万元,完成预算数130000万元的40%,比上年减支4000万元,下降7.1%。"
        let wrong = "全县支出累计完成52000万元,完成预算数130000万元的40%,比上年减支4000万元,下降9.5%。"
        // Act, Assert
        let read = agreements(good).contains { $0.statement.hasPrefix("growth") }
        #expect(flags(good).isEmpty)
        #expect(read)
        #expect(flags(wrong).count == 1)
    }

    /// Near miss: an increment with no share before it is read as before.
    @Test func an_increment_without_a_share_is_unchanged() {
        #expect(flags("全镇完成税收3260万元,比上年增收260万元,增长8.7%。").isEmpty)
        #expect(flags("全镇完成税收3260万元,比上年增收260万元,增长12.5%。").count == 1)
    }

    // MARK: a bracketed aside is not the current figure of a difference

    @Test func a_bracketed_average_does_not_stand_for_the_count() {
        // Setup: 60 − 12 = 48; the daily average 1.6 is an aside.
        let good = "本月共接报警情48起(日均1.6起),较上月的60起减少12起。"
        let wrong = "本月共接报警情48起(日均1.6起),较上月的60起减少15起。"
        // Act, Assert
        let read = agreements(good).contains { $0.statement.hasPrefix("difference") }
        let ofCount = flags(wrong).first.map { $0.statement.contains("48") } ?? false
        #expect(flags(good).isEmpty)
        #expect(read)
        #expect(flags(wrong).count == 1)
        #expect(ofCount)
    }

    /// Near miss: a count written plainly before 较 is the current figure, as before.
    @Test func a_plain_count_before_the_comparison_is_unchanged() {
        #expect(flags("本月共接报警情48起,较上月的60起减少12起。").isEmpty)
        #expect(flags("本月共接报警情48起,较上月的60起减少15起。").count == 1)
    }

    // MARK: colon terms over figures of earlier sentences of their line

    @Test func colon_terms_read_the_figures_of_the_sentences_before() {
        // Setup: 30 : 90 : 80 of 200 is 15 : 45 : 40.
        let text = "全县生产总值200亿元。其中,第一产业增加值30亿元,第二产业增加值90亿元,第三产业增加值80亿元。三次产业结构比为15:45:40。"
        // Act
        let found = agreements(text)
        // Assert
        let read = found.contains { $0.statement.contains("terms of a ratio") }
        #expect(read)
    }

    /// Near misses: terms no run of figures gives, and two terms, are not read that way.
    @Test(arguments: [
        "全县生产总值200亿元。其中,第一产业增加值30亿元,第二产业增加值90亿元,第三产业增加值80亿元。三次产业结构比为20:45:35。",
        "全校学生200人。其中,男生100人,女生100人。男女比例为1:1。",
    ])
    func colon_terms_without_agreeing_figures_are_not_read(text: String) {
        let read = agreements(text).contains { $0.statement.contains("terms of a ratio") }
        #expect(!read)
        #expect(flags(text).isEmpty)
    }

    // MARK: a bracketed breakdown note is no photo caption

    private func chrome(_ text: String) -> [String] {
        Checker.check(text: text).findings.filter { $0.kind == .boilerplate }.map(\.text)
    }

    /// (其中…N人) on its own line after a figure's sentence breaks that figure down.
    @Test func a_bracketed_breakdown_line_stays_text() {
        // Setup
        let text = "全县小学在校生6200人,比上年增加120人。\n(其中寄宿学校在校生850人)\n初中在校生3100人,比上年增加60人。"
        // Act
        let report = Checker.check(text: text)
        let found = chrome(text)
        // Assert
        #expect(found.isEmpty)
        #expect(report.quantities.map(\.value).contains(850))
    }

    /// Near miss: a bracketed phrase under a paragraph that breaks nothing down is still a
    /// dropped picture's caption.
    @Test func a_bracketed_caption_line_is_still_chrome() {
        let text = "社区组织志愿者开展环境整治活动,清理卫生死角多处。\n(志愿者在小区内清理卫生死角)\n下一步将继续开展此类活动。"
        #expect(chrome(text) == ["(志愿者在小区内清理卫生死角)"])
    }
}
