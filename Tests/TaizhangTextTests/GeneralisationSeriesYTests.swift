import Testing
@testable import TaizhangText

/// Nineteenth pass (issue #14, corpus y): forms the unseen y series showed the checker
/// misreading, written here as general shapes — never corpus text. Each positive has near
/// misses that must hold either way.
@Suite struct GeneralisationSeriesYTests {
    private func findings(_ text: String, _ kind: FindingKind) -> [String] {
        Checker.check(text: text).findings.filter { $0.kind == kind }.map(\.text)
    }

    private func units(_ text: String) -> [String] {
        Checker.check(text: text).quantities.map(\.unit)
    }

    // MARK: capitals joined by a conjunction are a word

    /// Two capitals joined by 和 to a Chinese noun are a coordinated word, not a blank name.
    @Test func capitals_coordinated_with_a_noun_are_no_blank() {
        // Setup
        let text = "班主任坚持日常家访,通过WX和电话与家长沟通,做好家园共育。"
        // Act
        let found = findings(text, .placeholder)
        // Assert
        #expect(found.isEmpty)
    }

    /// Near misses: a capital blank before its head noun, and a pair of blanks joined by 和.
    @Test(arguments: [("推进AA区与周边协同发展。", ["AA"]), ("完成AA和BB两村的道路硬化。", ["AA", "BB"])])
    func capital_blanks_before_a_noun_or_a_blank_stay(text: String, blanks: [String]) {
        #expect(findings(text, .placeholder) == blanks)
    }

    // MARK: a measure word counted as a noun after 个

    /// 一个家: the measure word is the noun counted by 一个; nothing was deleted.
    @Test func a_measure_after_a_counted_classifier_is_no_deleted_number() {
        #expect(findings("学校就像一个家,师生团结协作,工作有条不紊。", .missingNumber).isEmpty)
    }

    /// Near miss: a measure after a plain letter at the end of a clause is still flagged.
    @Test func a_measure_after_a_plain_letter_is_still_flagged() {
        #expect(findings("全年共举办文体活动场,参与群众踊跃。", .missingNumber) == ["场"])
    }

    // MARK: 种 before 类别, a count before 人均

    /// 两种类别: 种 is the measure, 类别 the noun after it.
    @Test(arguments: ["将家长工作分为全园和各段两种类别。", "共设三种类型的兴趣小组。"])
    func zhong_before_a_kind_noun_is_counted(text: String) {
        #expect(units(text) == ["种"])
    }

    /// Near miss: 种 before 类似 stays blocked (一种类似的做法 counts nothing).
    @Test func zhong_before_leisi_stays_blocked() {
        #expect(units("推广一种类似的做法。").isEmpty)
    }

    /// 两人均当选: a bare count before 人均 counts the people, who all did so.
    @Test func a_bare_count_before_renjun_is_counted() {
        // Act
        let report = Checker.check(text: "推荐两名同志参评,两人均当选。")
        // Assert
        #expect(report.quantities.map(\.unit) == ["名", "人"])
        #expect(report.quantities.map(\.value) == [2, 2])
    }

    /// Near misses: per head after a noun, after a base with 每, after a number with a magnitude.
    @Test(arguments: ["农民人均纯收入8000元。", "每万人均拥有图书2册。", "全县12万人均已参保。"])
    func renjun_per_head_stays_blocked(text: String) {
        #expect(!units(text).contains("人"))
    }

    // MARK: square units of CJK compatibility

    @Test(arguments: [("服务中心建筑面积60㎡。", "㎡", 60.0), ("辖区面积3.5㎢。", "㎢", 3.5)])
    func compatibility_square_units_are_units(text: String, unit: String, value: Double) {
        let report = Checker.check(text: text)
        #expect(report.quantities.map(\.unit) == [unit])
        #expect(report.quantities.map(\.value) == [value])
    }
    // MARK: a second breakdown by modifiers on the next line

    private func sums(_ text: String) -> [ArithmeticCheck] {
        Checker.check(text: text).checks.filter { $0.kind == "sum" && $0.line == 2 }
    }

    /// 公办 / 民办 + 机构床位 on the next line break the earlier 机构床位 down again; they add up.
    @Test func parts_naming_an_earlier_subject_with_modifiers_agree_with_it() {
        // Setup
        let text = "全区共有养老床位1200张,其中:机构床位800张,社区床位400张。\n公办机构床位500张,民办机构床位300张。"
        // Act
        let found = sums(text)
        // Assert
        #expect(found.map(\.consistent) == [true])
        #expect(found.first?.statement.hasPrefix("total 800") == true)
    }

    /// Near misses: parts that do not add up (no reading, and no flag: such a breakdown need not
    /// be complete), and parts that add up to the figure but whose common tail is another subject.
    @Test(arguments: [
        "全区共有养老床位1200张,其中:机构床位800张,社区床位400张。\n公办机构床位500张,民办机构床位200张。",
        "全区共有养老床位1200张,其中:机构床位800张,社区床位400张。\n城区机构床位500张,乡镇社区床位300张。",
    ])
    func other_parts_on_the_next_line_are_not_read_against_it(text: String) {
        #expect(sums(text).isEmpty)
        #expect(!Checker.check(text: text).checks.contains { !$0.consistent })
    }
    // MARK: a breadcrumb's head by its grammar

    private static let body = String(repeating: "社区组织志愿者开展环境整治活动,提升居民满意度。", count: 3)

    /// 您的当前位置: opens a breadcrumb even when its items are glued with no separator.
    @Test(arguments: ["您的当前位置:首页正文", "你现在所在的位置:首页 工作动态"])
    func a_position_head_opens_a_breadcrumb(head: String) {
        // Setup
        let text = "\(head)\n\(Self.body)\n\(Self.body)"
        // Act
        let chrome = findings(text, .boilerplate)
        // Assert
        #expect(chrome == [head])
    }

    /// Near misses: a sentence about a position (no colon after 位置) stays body text.
    @Test(arguments: ["我们所在的位置决定了工作的重点,必须找准定位。", "目前位置偏远的村组,道路硬化已全部完成。"])
    func a_sentence_about_a_position_is_no_breadcrumb(line: String) {
        #expect(findings("\(line)\n\(Self.body)\n\(Self.body)", .boilerplate).isEmpty)
    }
}

