import Testing
@testable import TaizhangText

/// Arithmetic grammar of issue #14's sixth pass (arith5): statement forms seen on public
/// work summaries (growth by a multiple, a base in the next sentence, points against an
/// earlier rate, over-completion, shares of one whole, averages, totals over numbered
/// lines), on synthetic sentences; verdicts computed by hand.
@Suite struct GeneralisationArith5Tests {
    @Test(arguments: [
        ("接待游客22万人次,比去年同期的10万人次增长1.2倍。", "growth"),                 // (22 − 10) / 10 = 1.2
        ("去年同期受理80件,今年受理240件,增长2倍。", "growth"),                       // (240 − 80) / 80 = 2
        ("实现税收3.3亿元,是去年同期1.5亿元的2.2倍。", "growth"),                     // 3.3 / 1.5 = 2.2
        ("村集体收入由10万元增加到20万元,翻了一番。", "growth"),                       // 20 = 2 × 10
        ("村集体收入从12万元增至48万元,实现翻两番。", "growth"),                       // 48 = 4 × 12
        ("上半年受理信访件120件,与去年同期(120件)持平。", "growth"),                  // level: equal figures
        ("上半年办理案件150件,同比增长25%。去年同期办理120件。", "growth"),          // base in the next sentence
        ("上半年办理案件150件,同比下降25%。去年同期办理200件。", "growth"),
        ("实现税收1200万元,增幅为20%,增收200万元。", "growth"),                       // 增幅为: a change; 200 / 1000
        ("接待游客9万人次,降幅为10%,比去年同期减少1万人次。", "growth"),              // 降幅为; 1 / (9 + 1)
        ("全市规上工业增加值增长12.5%。我县规上工业增加值增长15.23%,高于全市增速2.73个百分点。", "points"),
        ("全市增长12.5%。\n我县增长15.23%,高于全市2.73个百分点。", "points"),          // the other rate a paragraph earlier
        ("全省增长8.6%,我市增长6.5%,低于全省增速2.1个百分点。", "points"),
        ("去年同期办结率为92%。今年办结率95%,同比提高3个百分点。", "points"),         // the earlier period's rate
        ("全镇共有党员200名,其中男党员150人,女党员50人。", "total 200名"),            // 名 and 人 count the same people
        ("受理120件、办结100件,同比分别增长20%和25%,去年同期分别为100件和80件。", "growth (respectively)"),
        ("受理120件、办结100件,分别增加20件和20件,分别增长20%和25%。", "growth (respectively)"),
        ("受理80件、办结60件,同比分别下降20%、25%,分别减少20件、20件。", "growth (respectively)"),   // 20 / (80 + 20), 20 / (60 + 20)
        ("完成固定资产投资1.2亿元,为年度计划的120%,年度计划1亿元。", "ratio"),         // over-completion, target after
        ("完成固定资产投资1.2亿元,为年度计划的120%(年度计划1亿元)。", "ratio"),
        ("年度目标任务1亿元,上半年完成1.2亿元,超额完成年度目标任务20%。", "ratio"),    // (1.2 − 1) / 1
        ("全年任务为1000万元。\n上半年完成税收600万元,完成全年任务的60%。", "ratio"),   // the target a paragraph earlier
        ("三次产业结构中,一产占10.5%,二产占45.3%,三产占44.2%。", "shares"),           // shares of one whole
        ("全镇常住人口中,男性占51.2%,女性占48.8%。", "shares"),
        ("一产、二产、三产分别占10%、50%和40%。", "shares"),
        ("发放救助金120万元,惠及400户,平均3000元。", "total 120万元"),               // an average: 400 × 3000
        ("上半年投入资金500万元。\n1.道路建设300万元。\n2.环境整治200万元。", "total 500万元"),   // numbered lines after
        ("(一)上半年投入资金500万元。\n1.道路建设300万元;\n2.环境整治200万元。", "total 500万元"),
        ("道路建设300万元;\n环境整治200万元;\n以上合计500万元。", "total 500万元"),   // a total word later in the line
        ("共投入资金500万元。\n道路建设300万元,环境整治200万元。", "total 500万元"),    // the breakdown in the next line
        ("投入资金500万元。\n其中财政资金300万元\n自筹资金200万元", "total 500万元"),     // 其中 opens lines without numbers
        ("共确定重点工作30项。\n一、总体情况\n5项民生实事中,3项已完成。10项专班项目均推进顺利。15项其他工作正常推进。",
         "total 30项"),                                                                  // the first figure of each sentence
        ("全县生产总值同比增长6.3%,较全市平均水平高1.2个百分点,全市平均增长5.1%。", "points"),   // 较…高, the other rate after
        ("重点实施三项工程:\n道路工程、绿化工程、亮化工程。", "count check: 3"),         // the list is the line after the colon
        ("今年对东风路建设巷人民路三条背街小巷进行了改造。", "count check: 3"),          // place names without separators
        ("涉及3个村,东村、西村、南村。", "count check: 3"),                                 // no introducer before the list
        ("辖区共有小区4个:\n东苑小区\n西苑小区\n南苑小区\n北苑小区", "count check: 4"),    // one name per line
        ("一、加强领导\n二、完善制度\n三、强化考核\n通过以上三个方面的工作,成效明显。", "count check: 3"),   // back to headings
        ("全镇党员200名,其中女党员50人,占25%。", "ratio"),                                 // 名 and 人 for a share
        ("培训分为理论、实操两部分。", "count check: 2"),                                   // 部分 after a numeral counts
        ("全镇120个村中,已有80个村完成改造,占三分之二。", "ratio"),                          // a share as a fraction
        ("实现投资3亿元,是A镇2亿元的1.5倍。", "growth"),                                      // X是B的N倍 with B stated
        ("受理量比去年同期增加20件,增长20%,达到120件。", "growth"),                          // the amount after the rate
        ("实现营业收入5.6亿元,同比增长12%,比上年同期多6000万元。", "growth"),                // 比…多: a change
        ("接诊12560人次,较去年同期的11000人次多1560人次。", "difference"),
        ("上半年共办理案件120件,月均20件。", "total 120件"),                                 // a monthly average over 上半年
        ("1-6月,共受理群众来信来访300件次,平均每月50件次。", "total 300件次"),
        ("图书馆共设阅览区、借阅区、自习区。三部分面积共300平方米。", "count check: 3"),
        ("全年共投入资金约500万元,其中财政资金300万元,自筹资金200万元。", "total 500万元"),   // 约: read as written
        ("去年同期受理100件。\n今年受理120件,同比增长20%。", "growth"),                 // the base a paragraph earlier
        ("上半年共受理群众诉求120件。\n已办结114件,办结率95%。", "ratio"),               // a named rate, its whole a paragraph earlier
        ("全区完成工业总产值190亿元。\n其中电子产业完成产值23亿元,占全区工业总产值的12。", "ratio"),   // % lost, whole number
    ])
    func moreStatementFormsAreReadAndAgree(text: String, prefix: String) {
        // Act
        let checks = Checker.check(text: text).checks.filter { $0.statement.hasPrefix(prefix) }
        // Assert
        #expect(!checks.isEmpty)
        #expect(!checks.contains { !$0.consistent })
    }

    @Test(arguments: [
        "接待游客22万人次,比去年同期的10万人次增长3倍。",                           // a multiple that disagrees
        "村集体收入由10万元增加到30万元,翻了一番。",
        "上半年受理信访件130件,与去年同期(120件)持平。",
        "上半年办理案件150件,同比增长30%。去年同期办理120件。",                     // the next sentence may be another indicator
        "全市增长12.5%。我县增长15.23%,高于全市增速3个百分点。",                      // which earlier rate is meant is not known
        "去年同期办结率为92%。今年办结率95%,同比提高2个百分点。",
        "全镇共有党员200名,其中男党员150人,女党员60人。",                             // classifiers differ: agreement only
        "受理120件、办结100件,同比分别增长20%和30%,去年同期分别为100件和80件。",     // the pairing is read from order only
        "完成固定资产投资1.2亿元,为年度计划的150%,年度计划1亿元。",                  // target in the next clause: agreement only
        "年度目标任务1亿元,上半年完成1.2亿元,超额完成年度目标任务30%。",
        "全年任务为1000万元。\n上半年完成税收500万元,完成全年任务的60%。",
        "一产占10.5%,二产占45.3%,三产占40.2%。",                                    // shares that do not add up: another whole may be meant
        "发放救助金120万元,惠及400户,平均2000元。",
        "1.道路建设300万元。\n2.环境整治200万元。\n3.绿化工程100万元。",              // siblings are no total of each other
        "完成全年任务的60%(去年同期完成500万元)。",                                   // the bracket names an earlier period
        "受理120件、办结100件,同比分别增长20%和25%,去年同期分别为100件和80件。",     // 分别为 of the earlier period: bases, no parts
        "重点实施三项工程:\n道路工程、绿化工程。",
        "今年对东风路建设巷人民路两条背街小巷进行了改造。",                            // run-together names: agreement only
        "涉及3个村,东村、西村。",
        "全年共投入资金约500万元,其中财政资金300万元,自筹资金100万元。",                // an approximate total is never flagged
        "培训分为理论、实操三部分。",
        "全镇120个村中,已有70个村完成改造,占三分之二。",
        "上半年共办理案件120件,月均30件。",
        "受理量比去年同期增加20件,增长25%,达到120件。",
        "完成3个项目,进展顺利,效果明显,群众满意。",                                     // clauses set apart by commas are no list
        "辖区共有小区4个:\n东苑小区\n西苑小区\n南苑小区",
        "一、加强领导\n二、完善制度\n三、强化考核\n通过以上四个方面的工作,成效明显。",
        "去年同期受理100件。\n今年受理120件,同比增长25%。",
        "共确定重点工作30项。\n5项民生实事中,3项已完成。10项专班项目均推进顺利。16项其他工作正常推进。",
    ])
    func unsureFormsAreNeverFlagged(text: String) {
        // Act
        let checks = Checker.check(text: text).checks
        // Assert
        #expect(!checks.contains { !$0.consistent })
    }

    @Test(arguments: [
        "1.道路建设300万元。\n2.环境整治200万元。\n3.绿化工程100万元。",
        "接待游客22万人次,比去年同期的10万人次增长3倍。",
        "一产占10.5%,二产占45.3%,三产占40.2%。",
    ])
    func statementsThatDoNotHoldAreNotCalledAgreement(text: String) {
        // Act
        let checks = Checker.check(text: text).checks.filter { $0.statement.hasPrefix("total 300万元") || $0.kind == "growth" || $0.statement.hasPrefix("shares") }
        // Assert
        #expect(checks.isEmpty)
    }

    @Test func aCountAfterAnInlineListRefersBackToIt() {
        // Setup
        let agreeing = "一是加强领导;二是完善制度;三是强化考核。通过以上三项措施,工作有序推进。"
        let disagreeing = "一是加强领导;二是完善制度;三是强化考核。通过以上四项措施,工作有序推进。"
        // Act
        let found = Checker.check(text: agreeing).checks.filter { $0.statement.hasPrefix("count check: 3 listed") }
        let other = Checker.check(text: disagreeing).checks
        // Assert
        #expect(found.map(\.consistent) == [true])
        #expect(!other.contains { !$0.consistent })
    }

    @Test(arguments: [
        ("完成固定资产投资1.2亿元,为年度计划的150%(年度计划1亿元)。", false),   // 1.2 / 1 = 120%, not 150%
        ("完成税收600万元,完成全年任务的50%(全年任务1000万元)。", false),        // 60%, not 50%
        ("完成税收600万元,完成全年任务的60%(全年任务1000万元)。", true),
    ])
    func aRateOfANamedTargetAgainstTheTargetInBracketsIsChecked(text: String, consistent: Bool) {
        // Act
        let checks = Checker.check(text: text).checks.filter { $0.kind == "ratio" }
        // Assert
        #expect(checks.map(\.consistent) == [consistent])
    }

    @Test(arguments: [
        ("实现税收1200万元,增幅为20%。", "increase"),
        ("接待游客9万人次,降幅为10%。", "decrease"),
        ("接待游客9万人次,同比降幅10%。", "decrease"),
        ("办理案件80件,比去年同期少20件。", "decrease"),
    ])
    func aNounOfChangeWithALinkingVerbMakesTheRateAChange(text: String, change: String) {
        // Act
        let changes = Checker.check(text: text).quantities.filter { $0.change != nil }
        // Assert
        #expect(changes.map(\.change) == [change])
    }
}
