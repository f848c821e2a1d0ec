import Testing
@testable import TaizhangText

/// A per-head figure (人均 / 户均 / 生均 + noun + amount) read against the total of its noun and
/// the count of heads stated earlier (twenty-second pass, xratio; `Ratios.perHead`): credited
/// within rounding, flagged only when more than a tenth off with one total and one count;
/// money, approximate figures, two totals, two populations and other nouns are never flagged.
@Suite struct PerHeadGrammarTests {
    typealias Case = GrammarCase

    static let consistent: [Case] = [
        Case("人均 after N户M人", "全村辖5个村民小组562户2462人。\n耕地面积2406亩。\n农民人均耕地0.98亩。"),
        Case("人口 named", "全村总人口3180人。有耕地2155亩,人均耕地0.68亩。"),
        Case("生均 over students", "全校在校学生200名。\n图书室现藏书5000册,生均25册。"),
        Case("生均 approximate", "全校在校学生200名。\n图书室现藏书5000多册,生均25册左右。"),
        Case("income agrees", "全村人口2462人。\n农村经济总收入178.5万元,农民人均纯收入725元。"),
    ]

    static let wrong: [Case] = [
        Case("人均耕地, off", "全村辖5个村民小组562户2462人。\n耕地面积2406亩。\n农民人均耕地1.1亩。"),
        Case("人均有粮, off", "全村辖562户2462人。\n全村粮食总产量99.4万公斤,农民人均有粮304公斤。"),
        Case("生均, off", "全校在校学生200名。\n图书室现藏书5000册,生均35册。"),
    ]

    static let nearMisses: [Case] = [
        Case("money off", "全村人口2200人。\n村集体收入53000元,农民人均收入3442元。"),
        Case("a few percent off", "全村人口2462人。\n耕地面积2406亩,人均耕地1.05亩。"),
        Case("two populations", "全村户籍人口2462人,常住人口2100人。\n耕地面积2406亩,人均耕地1.5亩。"),
        Case("two totals", "全村人口2462人。\n水田耕地900亩,旱地耕地1500亩。人均耕地1.5亩。"),
        Case("another noun", "全村人口2462人。\n林地面积5000亩,人均耕地1.5亩。"),
        Case("approximate, off", "全校在校学生200名。\n图书室现藏书5000册,生均35册左右。"),
        Case("no count", "耕地面积2406亩。\n人均耕地1.5亩。"),
    ]

    static func checks(_ body: String) -> [ArithmeticCheck] {
        Checker.check(text: "村情概况\n" + body, path: "perhead.txt").checks
    }

    @Test(arguments: consistent) func perHeadFigureIsRead(_ example: Case) {
        // Act
        let checks = Self.checks(example.text)
        // Assert
        #expect(checks.contains { $0.kind == "ratio" && $0.consistent && $0.statement.contains("per head") }, "\(checks.map(\.statement))")
        #expect(!checks.contains { !$0.consistent }, "\(checks.map(\.statement))")
    }

    @Test(arguments: wrong) func perHeadFigureOffIsFlagged(_ example: Case) {
        // Act
        let checks = Self.checks(example.text)
        // Assert
        #expect(checks.contains { $0.kind == "ratio" && !$0.consistent && $0.statement.contains("per head") }, "\(checks.map(\.statement))")
    }

    @Test(arguments: nearMisses) func nearMissIsNotFlagged(_ example: Case) {
        // Act
        let checks = Self.checks(example.text)
        // Assert
        #expect(!checks.contains { !$0.consistent }, "\(checks.map(\.statement))")
    }
}
