import Testing
@testable import TaizhangText

/// Sums whose shape is not "total, 其中 parts" (twenty-first pass, sumshapes): a 分别为 list
/// whose own subject names its whole a sentence earlier (`TotalParts+ListSubject`, `AgeBands`),
/// the changes of a partition that the sum proves (`TotalParts+LineIncrements`), and shares of
/// one whole in parallel clauses or a structure's terms (`Ratios+ParallelShares`, `structureShares`). Consistent forms
/// must be read and never flagged, wrong ones flagged, near misses never flagged.
@Suite struct SumShapeTests {
    typealias Case = GrammarCase

    static let population = "年末全县户籍人口为1000人。其中,城镇人口400人,乡村人口600人;男性人口520人,女性人口480人;"
    static let ledger = "据统计,全区共组织税收收入1000万元,同比增收100万元,增长11.1%。\n"

    static let consistent: [Case] = [
        Case("age bands under the subject's whole", population + "0-17岁、18-59岁、60岁及以上户籍人口分别为200人、500人和300人。"),
        Case("age bands open below", population + "17岁以下、18-59岁、60岁以上户籍人口分别为200人、500人和300人。"),
        Case("changes of a partition", ledger + "甲级收入完成600万元,增收60万元;乙级收入完成400万元,增收40万元。"),
        Case("a second partition after the semicolon", "年末户籍人口为1000人。其中,城镇人口400人,乡村人口600人;男性人口520人,女性人口480人。"),
    ]

    static let errors: [Case] = [
        Case("age bands short of the whole", population + "0-17岁、18-59岁、60岁及以上户籍人口分别为200人、500人和250人。"),
        Case("不满 opens the bands, over", population + "不满18岁、18周岁及以上户籍人口分别为300人、800人。"),
        Case("changes of a partition, over", ledger + "甲级收入完成600万元,增收60万元;乙级收入完成400万元,增收50万元。"),
        Case("changes of a partition, under", ledger + "甲级收入完成600万元,增收30万元;乙级收入完成400万元,增收40万元。"),
        Case("a second partition short of the whole", "年末户籍人口为1000人。其中,城镇人口400人,乡村人口600人;男性人口520人,女性人口380人。"),
    ]

    static let nearMisses: [Case] = [
        // The list's subject names another whole: never read against the figure before it.
        Case("subject names the whole, bands overlap", population + "60岁及以上、80岁及以上户籍人口分别为300人、100人。"),
        Case("subject names the whole, a gap in the bands", population + "0-17岁、20-59岁、60岁及以上户籍人口分别为200人、500人和250人。"),
        Case("subject names the whole, no open end", population + "0-17岁、18-59岁户籍人口分别为200人、500人。"),
        // Changes: no partition, other verbs, a change missing, two changes in a part.
        Case("parts that do not add up", ledger + "甲级收入完成600万元,增收60万元;乙级收入完成300万元,增收50万元。"),
        Case("other verbs", ledger + "甲级收入完成600万元,增收60万元;乙级收入完成400万元,增加50万元。"),
        Case("a part without a change", ledger + "甲级收入完成600万元,增收60万元;乙级收入完成400万元,增长11.1%。"),
        Case("a part with two changes", ledger + "甲级收入完成600万元,增收60万元,环比增收10万元;乙级收入完成400万元,增收50万元。"),
        // Second partitions: another head noun, no partition, a first breakdown that is a subset.
        Case("a second pair of another noun", "共有职工100人,其中在编职工60人,编外职工40人;男党员30人,女党员10人。"),
        Case("a second pair that is no partition", "共有职工100人,其中在编职工60人,编外职工40人;党员职工30人,团员职工10人。"),
        Case("a first breakdown short of the whole", "共有职工100人,其中在编职工50人,编外职工40人;男性职工55人,女性职工35人。"),
        Case("opposite directions", ledger + "甲级收入完成600万元,增收160万元;乙级收入完成400万元,减收60万元。"),
    ]

    @Test(arguments: consistent)
    func aConsistentShapeIsRead(_ probe: Case) {
        let checks = Checker.check(text: probe.text).checks
        #expect(checks.contains { $0.consistent && ($0.statement.contains("names the whole") || $0.statement.contains("in the line after it") || $0.statement.contains("second partition")) }
                && !checks.contains { !$0.consistent }, "\(checks.map(\.statement))")
    }

    @Test(arguments: errors)
    func aWrongShapeIsFlagged(_ probe: Case) {
        let checks = Checker.check(text: probe.text).checks
        #expect(checks.contains { !$0.consistent }, "\(checks.map(\.statement))")
    }

    @Test(arguments: nearMisses)
    func aNearMissIsNeverFlagged(_ probe: Case) {
        let checks = Checker.check(text: probe.text).checks
        #expect(!checks.contains { !$0.consistent }, "\(checks.filter { !$0.consistent }.map(\.statement))")
    }

    /// Shares of one whole that `shareSums` does not read: parallel clauses one letter apart,
    /// the terms of a structure. Agreement only, never a flag.
    static let shares: [Case] = [
        Case("parallel clauses", "第一产业对全县地区生产总值的贡献率为6.6%,拉动增长0.2个百分点;第二产业对全县地区生产总值的贡献率为70.4%,"
             + "拉动增长2.6个百分点;第三产业对全县地区生产总值的贡献率为23%。"),
        Case("terms of a structure", "全县生产总值95亿元,增长4.1%。三次产业增加值结构为5.5:50.6∶43.9。"),
        Case("whole terms of a structure", "全县生产总值95亿元,增长4.1%。三次产业结构为10:40:50。"),
    ]
    static let notShares: [Case] = [
        Case("two rates only", "一季度完成率为50%,二季度完成率为50%。"),
        Case("not 100", "第一产业贡献率为6.6%,第二产业贡献率为70.4%,第三产业贡献率为20%。"),
        Case("clauses two letters apart", "甲镇完成率为30%,乙村合格率为30%,丙镇完成率为40%。"),
        Case("one value twice", "第一产业增速为30%,第一产业增速为30%,第二产业增速为40%。"),
        Case("rates of change", "第一产业同比增长30%,第二产业同比增长30%,第三产业同比增长40%。"),
        Case("whole terms near 100", "全县生产总值95亿元,增长4.1%。三次产业结构为1:50:50。"),
        Case("two terms", "全县人口95万人,增长4.1%。男女比例为49.5:50.5。"),
    ]

    static func readsShares(_ checks: [ArithmeticCheck]) -> Bool {
        checks.contains { $0.consistent && ($0.statement.contains("parallel clauses") || $0.statement.contains("terms of a structure")) }
    }

    @Test(arguments: shares)
    func sharesOfOneWholeAreRead(_ probe: Case) {
        let checks = Checker.check(text: probe.text).checks
        #expect(Self.readsShares(checks) && !checks.contains { !$0.consistent }, "\(checks.map(\.statement))")
    }

    @Test(arguments: notShares)
    func otherRatesAreNoShares(_ probe: Case) {
        let checks = Checker.check(text: probe.text).checks
        #expect(!Self.readsShares(checks) && !checks.contains { !$0.consistent }, "\(checks.map(\.statement))")
    }

    @Test func ageBandsPartitionOnlyFromZeroToAnOpenEnd() {
        let cases: [(String, Int)] = [
            ("0-17岁、18-34岁、35-59岁、60岁及以上户籍人口", 4), ("17岁以下、18-59岁、60岁以上", 3), ("不满18岁、18周岁及以上", 2),
            ("0-17岁、20-59岁、60岁及以上", 0), ("0-17岁、18-59岁", 0), ("18-34岁、35岁以上", 0), ("60岁及以上、80岁及以上", 0),
        ]
        for (text, bands) in cases {
            let line = LineText(number: 1, raw: Array(text.unicodeScalars.map(\.value)))
            #expect(AgeBands.partition(line, 0..<line.count) == bands, "\(text)")
        }
    }
}
