import Testing
@testable import TaizhangText

/// Shares listed after 分别占 + a whole's name + 的 pair in order with the figures before 分别
/// (`Ratios.respectiveShares`), and a 占 phrase saying 总 names a total without 的 (占党员总数70%,
/// `Ratios.saysTotal`) — twenty-fifth pass, xwrong. Credited when every rate agrees with one named
/// whole, flagged when the one named whole gives another rate; near misses (a count of figures other
/// than the rates', a noun-less 总数, two figures bearing the noun, a whole never stated, an
/// approximate rate, measures that differ, a phrase without 总 and without 的) are never flagged.
@Suite struct RespectiveShareGrammarTests {
    typealias Case = GrammarCase

    static let consistent: [Case] = [
        Case("three rates a paragraph below the households", "全村现有农户973户,乡村人口4899人。\n有986户通电,有242户通有线电视,拥有电视机农户807户(分别占农户总数的101.34%、24.87%和82.94%)。"),
        Case("two rates, truncated", "全村有农户88户。\n有85户通电,不通有线电视,拥有电视机农户50户(分别占农户总数的96%和57%)。"),
        Case("after 其中", "全县常住人口52万人。其中城镇人口31.2万人、乡村人口20.8万人,分别占常住人口的60%和40%。"),
        Case("总数 without 的", "全村有党员36人,平均年龄54岁。\n联系农户的党员有25名,占党员总数69.4%。"),
        Case("总 inside the phrase, no 的", "2010年该村农村经济总收入71.32万元。\n种植业全村销售总收入18.9万元,占农村经济总收入26.5%。"),
    ]

    static let wrong: [Case] = [
        Case("three rates on a stale base", "全村现有农户973户,乡村人口4899人。\n有986户通电,有242户通有线电视,拥有电视机农户807户(分别占农户总数的100%、25.05%和83.54%)。"),
        Case("one rate of two off", "全村有农户88户。\n有85户通电,不通有线电视,拥有电视机农户50户(分别占农户总数的96%和67%)。"),
        Case("总数 without 的, off", "全村有党员36人,平均年龄54岁。\n联系农户的党员有25名,占党员总数70%。"),
        Case("总 inside the phrase, no 的, off", "2010年该村农村经济总收入71.32万元。\n种植业全村销售总收入18.9万元,占农村经济总收入50%。"),
    ]

    static let nearMisses: [Case] = [
        Case("three figures, two rates", "全村现有农户973户。\n有986户通电,有242户通有线电视,拥有电视机农户807户(分别占农户总数的25.05%和83.54%)。"),
        Case("noun-less 总数", "全村现有农户973户。\n拥有固定电话的农户577户,其中拥有移动电话农户481户(分别占总数的59.73%和49.79%)。"),
        Case("two figures bear the noun", "全村现有农户973户,常住农户900户。\n有242户通有线电视,拥有电视机农户807户(分别占农户总数的25.05%和83.54%)。"),
        Case("the whole never stated", "全村人口4899人。\n有242户通有线电视,拥有电视机农户807户(分别占农户总数的25.05%和83.54%)。"),
        Case("an approximate rate", "全村现有农户973户。\n有242户通有线电视,拥有电视机农户807户(分别约占农户总数的25%和84%)。"),
        Case("measures differ", "全村现有农户973户。\n有242人参加培训,拥有电视机农户807户(分别占农户总数的25.05%和83.54%)。"),
        Case("no 总 and no 的", "全村有党员36人。\n联系农户的党员有25名,占党员70%。"),
        Case("noun-less 总数 without 的", "全村有党员36人。\n联系农户的党员有25名,占总数70%。"),
        Case("总数 without 的, the whole after", "联系农户的党员有25名,占党员总数70%。\n全村有党员36人。"),
        Case("two lists of a sentence", "全村现有农户973户。\n有986户通电、242户通有线电视,其中新增50户、30户,分别占农户总数的5.14%和3.08%。"),
    ]

    static func checks(_ body: String) -> [ArithmeticCheck] {
        Checker.check(text: "村情概况\n" + body, path: "respective.txt").checks
    }

    @Test(arguments: consistent) func respectiveSharesAreRead(_ example: Case) {
        // Act
        let checks = Self.checks(example.text)
        // Assert
        #expect(checks.contains { $0.kind == "ratio" && $0.consistent }, "\(checks.map(\.statement))")
        #expect(!checks.contains { !$0.consistent }, "\(checks.map(\.statement))")
    }

    @Test(arguments: wrong) func respectiveSharesOffAreFlagged(_ example: Case) {
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
