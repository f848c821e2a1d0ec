import Testing
@testable import TaizhangText

/// Rates in words read by the grammar of a written share (twentieth pass, ratios): N成, N分之M
/// and 百分之R after 占 with the whole's figure, after a target's figure and 的, or after a
/// breakdown's part, are checked at their rounding and flagged when off; near misses (an
/// approximate rate, an idiom, a rate with no named whole, a pair nearby that gives the
/// fraction) are never flagged.
@Suite struct SpokenRateGrammarTests {
    typealias Case = GrammarCase

    static let consistent: [Case] = [
        Case("N成 of a breakdown's total", "全镇共有企业200家,其中规上企业61家,占三成。"),
        Case("N成 of the total's noun 的", "项目学校50所,其中开工建设40所,占项目学校的八成。"),
        Case("N成 after 占 and the whole", "完成投资1.4亿元,占全年计划2.3亿元的六成。"),
        Case("N成 of a target", "新增就业3200人,完成全年任务5300人的六成。"),
        Case("百分之R", "全镇共有企业200家,其中规上企业61家,占百分之三十点五。"),
        Case("百分之R of the whole", "受理诉求1000件,其中办结953件,占受理诉求的百分之九十五。"),
        Case("N分之M", "80个村已完成改造,占全镇120个村的三分之二。"),
    ]

    static let wrong: [Case] = [
        Case("N成 of a breakdown's total, off", "全镇共有企业200家,其中规上企业61家,占五成。"),
        Case("N成 of the total's noun 的, off", "项目学校50所,其中开工建设40所,占项目学校的六成。"),
        Case("N成 after 占 and the whole, off", "完成投资1.4亿元,占全年计划2.3亿元的四成。"),
        Case("N成 of a target, off", "新增就业3200人,完成全年任务5300人的八成。"),
        Case("百分之R, off", "全镇共有企业200家,其中规上企业61家,占百分之四十。"),
        Case("百分之R of the whole, off", "受理诉求1000件,其中办结953件,占受理诉求的百分之八十五。"),
        Case("N分之M, off", "50个村已完成改造,占全镇120个村的三分之二。"),
    ]

    static let nearMisses: [Case] = [
        Case("approximate: 近", "全镇共有企业200家,其中规上企业41家,占近三成。"),
        Case("approximate: 约占", "全镇共有企业200家,其中规上企业41家,约占三成。"),
        Case("approximate: 以上", "全镇共有企业200家,其中规上企业41家,占三成以上。"),
        Case("approximate: 多", "全镇共有企业200家,其中规上企业41家,占三成多。"),
        Case("approximate: 超过", "80个村已完成改造,超过全镇120个村的三分之二。"),
        Case("idiom 一成不变", "全镇共有企业200家,其中规上企业41家,管理方式一成不变。"),
        Case("no named whole", "全镇共有企业200家,规上企业41家,生产效率提高三成。"),
        Case("another base", "全镇共有企业200家,其中规上企业41家,占全市的五成。"),
        Case("a pair that gives the fraction", "全镇共有企业200家,外资企业100家,其中规上企业41家,占五成。"),
        Case("九成九 is no 九成", "全镇共有企业200家,其中规上企业199家,占九成九。"),
        Case("百分点 is no 百分之", "全镇共有企业200家,其中规上企业41家,比上年提高三个百分点。"),
    ]

    static func checks(_ body: String) -> [ArithmeticCheck] {
        Checker.check(text: "工作总结\n" + body, path: "spokenrates.txt").checks
    }

    @Test(arguments: consistent) func spokenShareIsRead(_ example: Case) {
        // Act
        let checks = Self.checks(example.text)
        // Assert
        #expect(checks.contains { $0.kind == "ratio" && $0.consistent }, "\(checks.map(\.statement))")
        #expect(!checks.contains { !$0.consistent }, "\(checks.map(\.statement))")
    }

    @Test(arguments: wrong) func spokenShareOffIsFlagged(_ example: Case) {
        // Act
        let checks = Self.checks(example.text)
        // Assert
        #expect(checks.contains { $0.kind == "ratio" && !$0.consistent }, "\(checks.map(\.statement))")
    }

    @Test(arguments: nearMisses) func nearMissIsNotFlagged(_ example: Case) {
        // Act
        let checks = Self.checks(example.text)
        // Assert
        #expect(!checks.contains { !$0.consistent }, "\(checks.map(\.statement))")
    }
}
