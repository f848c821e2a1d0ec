import Testing
@testable import TaizhangText

/// What `MetamorphicRatioRewriteTests` found (ratioread): a share after 其中 that names its
/// total by the total's own noun then 的 (占项目学校的93%) is that total's share, so a rate that
/// does not agree is flagged; near misses (another base, a growth rate, 同比 points, an
/// approximate part, the noun without 的) are never flagged. And two inputs that trapped.
@Suite struct RatioReadGrammarTests {
    typealias Case = GrammarCase

    static let consistent: [Case] = [
        Case("占 the total's noun 的", "项目学校15所,其中开工建设14所,占项目学校的93%。"),
        Case("the noun's tail", "全县发生各类矛盾纠纷490件,其中调处成功473件,占矛盾纠纷的96.5%。"),
        Case("traditional", "受理來電求助50755件,其中辦結50405件,占來電求助的99.31%。"),
    ]

    static let wrong: [Case] = [
        Case("占 the total's noun 的, rate off", "项目学校15所,其中开工建设14所,占项目学校的84%。"),
        Case("the noun's tail, rate off", "全县发生各类矛盾纠纷490件,其中调处成功473件,占矛盾纠纷的86.8%。"),
        Case("full-width", "项目学校１５所，其中开工建设１４所，占项目学校的８４％。"),
    ]

    static let nearMisses: [Case] = [
        Case("another base", "项目学校15所,其中开工建设14所,占全市学校的84%。"),
        Case("the noun without 的", "项目学校15所,其中开工建设14所,占项目学校84%。"),
        Case("a growth rate", "项目学校15所,其中开工建设14所,同比增长84%。"),
        Case("同比 points", "项目学校15所,其中开工建设14所,占比同比提高3个百分点。"),
        Case("approximate part", "项目学校15所,其中开工建设约14所,占项目学校的84%。"),
        Case("approximate total", "项目学校15余所,其中开工建设14所,约占项目学校的84%。"),
        Case("a rate of another count", "项目学校15所,其中开工建设14所,完成率84%。"),
    ]

    /// Inputs the probe's rewrites made trap (a range built backwards): consistent statements,
    /// each must now be checked without a flag.
    static let trapped: [Case] = [
        Case("a numeral in the rate's name", "全县发生各类矛盾纠纷490件，其中一类490件，一类率为100%。"),
        Case("a change before the part", "执行收案2380件，其中新收案件同比增加结案1058件，占比44.45%。"),
    ]

    static func checks(_ body: String) -> [ArithmeticCheck] {
        Checker.check(text: "工作总结\n" + body, path: "ratioread.txt").checks
    }

    @Test(arguments: consistent) func shareNamingItsTotalIsRead(_ example: Case) {
        // Act
        let checks = Self.checks(example.text)
        // Assert
        #expect(checks.contains { $0.kind == "ratio" && $0.consistent }, "\(checks.map(\.statement))")
        #expect(!checks.contains { !$0.consistent }, "\(checks.map(\.statement))")
    }

    @Test(arguments: wrong) func shareNamingItsTotalIsFlagged(_ example: Case) {
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

    @Test(arguments: trapped) func trappedInputIsChecked(_ example: Case) {
        // Act (a trap ends the test process: reaching the assertion is the test)
        let checks = Self.checks(example.text)
        // Assert
        #expect(!checks.contains { !$0.consistent }, "\(checks.map(\.statement))")
    }
}
