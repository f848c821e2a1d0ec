import Testing
@testable import TaizhangText

/// Growth and progress readers by family (twenty-sixth pass, xrate20): progress points paired in
/// order with their rates after 分别 (`Progress.respectivePairs`), real (deflated) rates left unread,
/// restatements in brackets (万吨(亿斤)) skipped, 增产/减产 increments, a budget's flow
/// (预算支出) read as an amount, and an increment's current amount of its own measure
/// (`Ratios+RealGrowth`), and a share after a `.` typed for a comma (`Ratios+TypoStop`). Credited when right, flagged when a figure is off, near misses never
/// flagged.
@Suite struct XRate20GrammarTests {
    typealias Case = GrammarCase

    static let consistent: [Case] = [
        Case("respective progress points", "1-4月,省、市级重点项目分别完成投资36.2亿元、94.3亿元,投资完成率分别为43.2%、37.8%,分别超时序进度9.9个百分点、4.5个百分点。"),
        Case("restated in brackets", "全国夏粮总产量13659.6万吨(2731.9亿斤),比2013年增产474.8万吨(94.9亿斤),增长3.6%。"),
        Case("增产 increment", "2011年全国粮食总产量达到57121万吨,比2010年增产2473万吨,增长4.5%。"),
        Case("减产 from a stated base", "今年我县小麦总产3124.97万公斤,比上年的5296.56万公斤减产2171.59万公斤,减幅41%。"),
        Case("a budget's spending is an amount", "全市一般公共预算支出完成372037万元,较上年同期增长9.66%,增支32770万元。"),
        Case("current of the increment's measure", "1-5月份新落户企业839户,注册资本35.46亿元,比去年同期增加563户,同比增长204%。"),
        Case("实际 not before the verb", "实际完成投资12亿元,比上年增加2亿元,增长20%。"),
        Case("a bracket that is no restatement", "完成投资5亿元(其中中央资金2亿元),比上年增加1亿元,增长25%。"),
        Case("a typo stop before 占", "据最新农情调度,我县秋粮已收获94.18万亩.占应收面积142.38万亩的66.15%。"),
        Case("a share compared with the year before", "第三产业增加值占地区生产总值比重为52.3%,比上年同期的50.1%提高2.2个百分点。"),
    ]

    static let wrong: [Case] = [
        Case("respective progress, second off", "1-4月,省、市级重点项目投资完成率分别为43.2%、37.8%,分别超时序进度9.9个百分点、8.5个百分点。"),
        Case("restated in brackets, rate off", "全国夏粮总产量13659.6万吨(2731.9亿斤),比2013年增产474.8万吨(94.9亿斤),增长4.6%。"),
        Case("增产 increment, rate off", "2011年全国粮食总产量达到57121万吨,比2010年增产2473万吨,增长5.5%。"),
        Case("current of the increment's measure, rate off", "1-5月份新落户企业839户,注册资本35.46亿元,比去年同期增加563户,同比增长150%。"),
        Case("nominal growth, off", "农民人均现金收入2111元,同比增加314元,增长13.3%。"),
        Case("a typo stop before 占, rate off", "据最新农情调度,我县秋粮已收获94.18万亩.占应收面积142.38万亩的66.13%。"),
        Case("a share compared, points off", "第三产业增加值占地区生产总值比重为52.3%,比上年同期的50.1%提高3.2个百分点。"),
    ]

    static let nearMisses: [Case] = [
        Case("a real 。 before 占", "据最新农情调度,我县秋粮已收获94.18万亩。占应收面积142.38万亩的66.13%。"),
        Case("a real growth", "农民人均现金收入2111元,同比增加314元,扣除价格因素,实际增长13.3%。"),
        Case("a real growth, 实际 alone", "城镇居民人均可支配收入7052元,同比增加900元,实际增长9.2%。"),
        Case("comparable prices", "地区生产总值52亿元,比上年增加6亿元,按可比价格计算,增长8.1%。"),
        Case("respective runs of unequal length", "1-4月,省、市级重点项目投资完成率分别为43.2%、37.8%,分别超时序进度9.9个百分点。"),
        Case("one rate, two points", "1-4月,重点项目投资完成率为43.2%,分别超时序进度9.9个百分点、4.5个百分点。"),
        Case("the increment's measure only in the sentence before", "新落户企业839户。注册资本35.46亿元,比去年同期增加563户,同比增长150%。"),
        // Lead, session 20 (flags-wild 025's false flag): 比 inside 比重 compares nothing.
        Case("two shares side by side after 比重", "高技术制造业和装备制造业占规模以上工业增加值比重分别为12.1%和32.6%,比上年同期提高0.7和1.2个百分点。"),
        Case("two shares side by side after 占比", "一、二产业占比分别为8.5%和41.2%,较上年分别提高0.3和0.6个百分点。"),
    ]

    static func checks(_ body: String) -> [ArithmeticCheck] {
        Checker.check(text: "上半年工作情况\n" + body, path: "xrate20.txt").checks
    }

    @Test(arguments: consistent) func ratesAreRead(_ example: Case) {
        // Act
        let checks = Self.checks(example.text)
        // Assert
        #expect(checks.contains { ($0.kind == "ratio" || $0.kind == "growth") && $0.consistent }, "\(checks.map(\.statement))")
        #expect(!checks.contains { !$0.consistent }, "\(checks.map(\.statement))")
    }

    @Test(arguments: wrong) func ratesOffAreFlagged(_ example: Case) {
        // Act
        let checks = Self.checks(example.text)
        // Assert
        #expect(checks.contains { !$0.consistent }, "\(checks.map(\.statement))")
    }

    @Test(arguments: nearMisses) func nearMissIsNotFlagged(_ example: Case) {
        // Act
        let checks = Self.checks(example.text)
        // Assert
        #expect(!checks.contains { !$0.consistent }, "\(checks.map(\.statement))")
    }
}
