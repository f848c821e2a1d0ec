import Testing
@testable import TaizhangText

/// A line opening with 其中 takes its shares' whole from the previous line's sentence
/// (twentieth pass, ratios; `Ratios.carriedWholes`): read when the rate agrees, flagged when it
/// does not; near misses (no 其中, two totals before, another base, an approximate total,
/// another measure, parts whose shares imply another whole) are never flagged.
@Suite struct CarriedWholeGrammarTests {
    typealias Case = GrammarCase

    static let consistent: [Case] = [
        Case("占 after growth", "全县完成财政收入5.12亿元,同比增长10%。\n其中税收收入3.07亿元,占60%。"),
        Case("占 the total's noun 的", "受理诉求1000件。\n其中办结953件,占受理诉求的95.3%。"),
        Case("其中: then 占比 twice", "共有企业200家。\n其中:规上企业61家,占比30.5%;小微企业139家,占比69.5%。"),
    ]

    static let wrong: [Case] = [
        Case("占 after growth, off", "全县完成财政收入5.12亿元,同比增长10%。\n其中税收收入3.07亿元,占70%。"),
        Case("占 the total's noun 的, off", "受理诉求1000件。\n其中办结953件,占受理诉求的85.3%。"),
        Case("full-width, off", "受理诉求１０００件。\n其中办结９５３件，占比８５．３％。"),
    ]

    static let nearMisses: [Case] = [
        Case("no 其中", "受理电话684175个。\n受理微信留言24003条,占13.35%。"),
        Case("two totals before", "城镇新增就业5000人,农村转移就业3000人。\n其中女性2000人,占30%。"),
        Case("another base", "受理诉求1000件。\n其中办结953件,占全市的85%。"),
        Case("approximate total", "受理诉求约1000件。\n其中办结953件,占85%。"),
        Case("another measure", "完成投资5亿元。\n其中新开工项目30个,占60%。"),
        Case("parts implying another whole", "共受理1000件。\n其中咨询类500件,占62.5%;求助类300件,占37.5%。"),
    ]

    static func checks(_ body: String) -> [ArithmeticCheck] {
        Checker.check(text: "工作总结\n" + body, path: "carried.txt").checks
    }

    @Test(arguments: consistent) func shareOfThePreviousLinesTotalIsRead(_ example: Case) {
        // Act
        let checks = Self.checks(example.text)
        // Assert
        #expect(checks.contains { $0.kind == "ratio" && $0.consistent }, "\(checks.map(\.statement))")
        #expect(!checks.contains { !$0.consistent }, "\(checks.map(\.statement))")
    }

    @Test(arguments: wrong) func shareOfThePreviousLinesTotalOffIsFlagged(_ example: Case) {
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
