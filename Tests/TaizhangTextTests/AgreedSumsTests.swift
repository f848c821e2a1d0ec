import Testing
@testable import TaizhangText

/// The form-free agreement reader (`AgreedSums`, twentieth pass, agree): sums tied to their
/// total by a cue class (totalling word, breakdown word, colon, bracket), read by the rule
/// alone; near misses where figures add up by chance must give it nothing.
@Suite struct AgreedSumsTests {
    typealias Case = GrammarCase

    static func read(_ text: String) -> [ArithmeticCheck] {
        let line = LineText(number: 1, raw: Array(text.unicodeScalars.map(\.value)))
        let hits = Restatements.drop(line, QuantityScanner.scan(line))
        return AgreedSums.check(line, hits, Sentences.ranges(line), known: [])
    }

    static let agreements: [Case] = [
        Case("totalling word, comma parts", "全年共举办各类活动55场,文艺演出30场,体育赛事25场。"),
        Case("colon after the total", "发放补贴资金12.5万元:低保户8.3万元,特困户4.2万元。"),
        Case("bracket after the total", "受理案件120件(民事80件,刑事40件)。"),
        Case("parts then 合计", "新建公厕3座、改建公厕5座,合计8座。"),
        Case("具体为 after a comma", "培训人员560人,具体为村干部210人、网格员350人。"),
        Case("breakdown in the next sentence", "共接待群众来访86人次。其中集体访26人次,个人访60人次。"),
        Case("人 and 名 count the same people", "全镇现有党员1256名,其中男党员901人,女党员355名。"),
        Case("万元 against 元", "共筹集资金3.5万元,其中财政拨款20000元,社会捐赠15000元。"),
        Case("another measure between the parts", "共开展活动40场,其中讲座15场、受众1200人次,展览25场。"),
        Case("rounded parts", "完成投资3.4亿元,包括政府投资1.26亿元、社会投资2.14亿元。"),
        Case("traditional letters", "共辦理案件45件,其中民事案件30件,行政案件15件。"),
        Case("parts carrying their own changes", "全县完成税收12.6亿元,同比增长8%。其中:增值税7.4亿元,同比增长9%;所得税5.2亿元,同比下降2%。"),
        Case("a comparison before the breakdown", "共完成检测1600批次,比上年的1200批次增加400批次,其中食品1000批次,药品600批次。"),
        Case("the locative 中 of a set", "全年确定的20项重点工作中,12项已完成,8项正在推进。"),
        Case("a part's detail in brackets", "共调解纠纷70件,其中婚姻纠纷40件(含离婚纠纷12件),邻里纠纷30件。"),
        Case("a part of zero", "共受理投诉25件,其中质量投诉0件,价格投诉25件,服务投诉0件。"),
        Case("其中 opening a later clause", "抢种秋粮9.5万亩,占计划的90%,其中玉米6.2万亩、大豆3.3万亩。"),
        Case("a sentence opening with the locative 中", "本周共受理诉求7100件,日均1014件,较上周下降0.2%。所受理的诉求中,直办3700件,转办3400件。"),
        Case("the whole of a share stepped over", "完成财政总收入4348万元,占年初预算10065万元的43.2%,其中税收收入3511万元,非税收入837万元。"),
        Case("a bracket holding something else", "共办结工单340件(另有20件转下月办理),按时办结300件,超时办结40件。"),
    ]

    static let nearMisses: [Case] = [
        Case("no cue at all", "开展讲座15场,展览25场,演出40场。"),
        Case("parts in another sentence", "共举办活动40场。开展讲座15场,展览25场。"),
        Case("percentages", "共完成任务的100%,其中一季度60%,二季度40%。"),
        Case("persons against visits", "共服务群众50人,其中老人30人次,儿童20人次。"),
        Case("a list that goes on past the match", "共建成站点5个,其中A镇2个、B镇3个、C镇4个。"),
        Case("a base of comparison", "今年共办结案件55件,比去年同期的50件多了5件。"),
        Case("an approximate part", "共举办活动55场,其中讲座30余场,展览25场。"),
        Case("a longer list before the total", "A村10个,B村20个,C村30个,共50个。"),
        Case("dates and years", "共召开会议5次,分别于2023年3月2日、3日召开。"),
        Case("a rate per person", "人均补贴共100元/人,其中A 60元/人,B 40元/人。"),
        Case("共 inside a compound", "建设公共服务设施40处,新建文化广场15处,改造体育场地25处。"),
        Case("a part followed by more of its list", "共建成站点9个,其中A镇4个,B镇5个、C镇3个。"),
        Case("a clause a totalling word opens", "共检查企业10家,合计发现隐患企业6家,完成整改4家。"),
        Case("a daily average is no part", "共受理诉求300件,日均100件,其中咨询200件。"),
        Case("ages", "共有百岁老人3人,年龄分别为101岁、102岁,合计203岁。"),
    ]

    @Test(arguments: agreements)
    func anAgreementIsRead(_ probe: Case) {
        // Setup: the text. Act
        let checks = AgreedSumsTests.read(probe.text)
        // Assert
        #expect(checks.count == 1 && checks.allSatisfy(\.consistent), "\(checks.map(\.statement))")
    }

    @Test(arguments: nearMisses)
    func aNearMissIsNotRead(_ probe: Case) {
        // Setup: the text. Act
        let checks = AgreedSumsTests.read(probe.text)
        // Assert
        #expect(checks.isEmpty, "\(checks.map(\.statement))")
    }

    @Test func theStatementShowsTheComputation() {
        // Setup / Act
        let checks = AgreedSumsTests.read("全年共举办各类活动55场,文艺演出30场,体育赛事25场。")
        // Assert
        #expect(checks.first?.statement.hasPrefix("sum: 30 + 25 = 55场") == true)
        #expect(checks.first?.text == "55场,文艺演出30场,体育赛事25场")
    }

    @Test func aTotalAnotherRuleReadIsLeftToIt() {
        // Setup: the checker's own reading of a 其中 breakdown
        let text = "共有党员56名,其中男党员30名,女党员26名。"
        // Act
        let checks = Checker.check(text: text).checks.filter { $0.kind == "sum" }
        // Assert: one reading of the total, not two
        #expect(checks.count == 1)
    }
}
