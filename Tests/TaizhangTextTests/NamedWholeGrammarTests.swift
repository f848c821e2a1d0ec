import Testing
@testable import TaizhangText

/// A share naming its whole only by noun (占全村人口的, 占党员总数的, 完成全年任务的) reads the
/// earlier figure that noun names (twenty-second pass, xratio; `Ratios.namedWholes`): credited
/// when the rate agrees within its rounding, flagged when one figure of a compatible measure
/// bears the noun and the rate is off; near misses (two figures bear the noun, another noun,
/// an approximate rate, a change, a pronoun, no 的, another measure) are never flagged.
@Suite struct NamedWholeGrammarTests {
    typealias Case = GrammarCase

    static let consistent: [Case] = [
        Case("population a paragraph up", "全村共有人口2200人,耕地2000亩。\n村党支部现有党员38名,占全村人口的1.73%。"),
        Case("total noun then 总数", "全乡共有党员214名。\n30岁以下的9名,占党员总数的4.2%。"),
        Case("比重为 after 的", "全县总人口19.7万人。\n全县有残疾人1万名,占全县总人口的比重为5.1%。"),
        Case("in brackets", "全村劳动力170人。\n外出务工收入3万元,其中常年外出务工人数3人(占劳动力的1.76%)。"),
        Case("truncated", "全村劳动力30人。\n常年外出务工人数2人,占劳动力的6%。"),
        Case("yearly target", "全年目标任务为2355万元。\n上半年完成1318万元,完成全年任务的56%。"),
        Case("比重 without 的", "年末全区总人口472416人。\n男性人口242067人,占总人口比重为51.2%。"),
        Case("same line, earlier sentence", "全镇户籍人口54991人。少数民族人口2991人,占总人口的5.44%。"),
    ]

    static let wrong: [Case] = [
        Case("population a paragraph up, off", "全村共有人口2200人,耕地2000亩。\n村党支部现有党员38名,占全村人口的1.9%。"),
        Case("traditional, off", "上郭村委會位於馬岡鎮東北面,轄下有6個村民小組,人口2200人、450戶。\n上郭村委會共有黨員38人,占人口總數的1.9%。"),
        Case("in brackets, off", "全村劳动力170人。\n外出务工收入3万元,其中常年外出务工人数3人(占劳动力的1.9%)。"),
        Case("yearly target by noun, off", "全年财政收入任务为2355万元。\n上半年完成财政收入1318万元,完成全年财政收入任务的60%。"),
        Case("总 picks the total, off", "年末全区总人口472416人。其中非农业人口423107人。\n男性人口242067人,占总人口比重为61.2%。"),
        Case("the longer name picks the whole, off", "全乡共有党员1847名,其中女党员214名。\n30岁以下的9名,占女党员总数的5.2%。"),
        Case("比重为, off", "全县总人口19.7万人。\n全县有残疾人1万名,占全县总人口的比重为6.1%。"),
    ]

    static let nearMisses: [Case] = [
        Case("总 but two totals", "全区总人口472416人,总人口中城镇总人口300000人。\n男性人口242067人,占总人口比重为61.2%。"),
        Case("two figures bear the longer name", "全乡女党员214名,新发展女党员12名。\n30岁以下的9名,占女党员总数的5.2%。"),
        Case("two figures bear the noun", "全村户籍人口2200人,常住人口1800人。\n党员38名,占全村人口的2.5%。"),
        Case("another noun", "全村共有人口2200人。\n党员38名,占全镇党员的9%。"),
        Case("约占", "全村共有人口2200人。\n党员38名,约占全村人口的2%。"),
        Case("以上", "全村共有人口2200人。\n党员38名,占全村人口的2%以上。"),
        Case("a change", "全村共有人口2200人。\n党员38名,占全村人口的比重由1.5%提高到2.5%。"),
        Case("a pronoun", "全村共有人口2200人。\n党员38名,占其人口的2.5%。"),
        Case("no 的", "全村共有人口2200人。\n党员38名,占全村人口2.5%。"),
        Case("another measure", "全村共有人口2200户。\n党员38名,占全村人口的2.5%。"),
        Case("approximate whole", "全村共有人口约2200人。\n党员38名,占全村人口的2.5%。"),
        Case("two targets", "全年税收任务2000万元,非税收入任务800万元。\n上半年完成600万元,完成全年任务的40%。"),
        Case("revenue is no budget", "全市地方一般预算收入72.96亿元。\n市本级地方一般预算收入23.83亿元,完成预算的57.4%。"),
        Case("比重 of another noun", "年末全区总人口472416人。\n男性人口242067人,占劳动力比重为61.2%。"),
        Case("target naming no noun, off", "全年任务为1000万元。\n上半年完成税收500万元,完成全年任务的60%。"),
        Case("同类", "全年共受理群众诉求120.5万件。\n夏季共受理诉求33.7万件,占同类诉求的20%。"),
        Case("siblings of one sentence", "税收收入3511万元,占全部收入的80%;非税收入837万元,占全部收入的19.1%。"),
        Case("a sibling line, the total unstated", "城镇人口1.2万人,占总人口的60%。\n农村人口0.8万人,占总人口的40%。"),
        Case("a sibling class of the labour force", "男劳动力800人,占劳动力的53%。\n女劳动力700人,占劳动力的37%。"),
        Case("whole after the share", "党员38名,占全村人口的2.5%。\n全村共有人口2200人。"),
    ]

    static func checks(_ body: String) -> [ArithmeticCheck] {
        Checker.check(text: "工作总结\n" + body, path: "named.txt").checks
    }

    @Test(arguments: consistent) func shareOfANamedWholeIsRead(_ example: Case) {
        // Act
        let checks = Self.checks(example.text)
        // Assert
        #expect(checks.contains { $0.kind == "ratio" && $0.consistent }, "\(checks.map(\.statement))")
        #expect(!checks.contains { !$0.consistent }, "\(checks.map(\.statement))")
    }

    @Test(arguments: wrong) func shareOfANamedWholeOffIsFlagged(_ example: Case) {
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
