import Testing
@testable import TaizhangText

/// Arithmetic rules of issue #14's fourth pass (arith3), on synthetic sentences (no corpus
/// text): when a count and its named list disagree, the checker calls it only for lists it
/// is sure of.
@Suite struct GeneralisationArith3Tests {
    @Test(arguments: [
        "重点关注五类人群(老年人、儿童、孕产妇等),开展健康服务。",             // 等: the list is left open
        "全县共有学校3所,分别为小学2所和初中1所。",                           // figures: a breakdown, not names
        "建成便民服务站3个,分别是东街服务站、西街服务站,南街服务站正在建设。", // cut at a comma: it goes on
        "6月、7月、8月分别开展甲、乙等2次活动。",                             // the 、 belong to another list
        "全镇共有农家书屋12个,分别是东村、西村和南村等村的书屋。",           // 等 inside the last member
        "推进“农村厕所、垃圾、污水”两项革命。",                               // a quoted slogan: agreement only
        "实施“城乡环境整治、美丽乡村建设”三项工程。",
    ])
    func aCountThatDisagreesWithAListItIsNotSureOfIsNotFlagged(text: String) {
        // Act
        let checks = Checker.check(text: text).checks
        // Assert
        #expect(!checks.contains { !$0.consistent })
    }

    @Test(arguments: [
        "落实“四防”(防拐、防盗窃、防抢劫)措施。",                   // an abbreviation and its expansion
        "建成便民服务站3个,分别是东街服务站和西街服务站。",          // 分别是 … to the sentence end
        "走访慰问困难群众、老党员、退役军人等2类人员。",             // more names than an 等 count
        "打通五路(沙河大道、沙秀公路、永社公路)。",                  // a count, its noun and the members
    ])
    func aCountThatDisagreesWithAPlainlyItemisedListIsFlagged(text: String) {
        // Act
        let flags = Checker.check(text: text).checks.filter { !$0.consistent }
        // Assert
        #expect(flags.count == 1)
        #expect(flags.first?.statement.hasPrefix("count check") == true)
    }

    @Test func aQuotedListThatAgreesWithItsCountIsStillReported() {
        // Act
        let checks = Checker.check(text: "抓好“消防、交通、饮食、校园、校舍”五大安全。").checks
        // Assert
        #expect(checks.map(\.consistent) == [true])
    }

    @Test(arguments: [
        "完成税收收入2.35亿元,同比增长15.3%,增收3120万元。",                     // increment after the rate
        "上半年办理各类案件86件,同比上升13.2%(去年同期76件)。",                 // base after the rate
        "接诊患者12560人次,较去年同期的11000人次增加1560人次。",                 // a difference with both ends
        "森林覆盖率由去年的45.2%提高到47.5%,提高2.3个百分点。",
        "参保率达96%,比去年同期的93%提高3个百分点。",
        "完成产值5.6亿元,比上年同期的4.8亿元增加8000万元,增长16.7%。",          // increment over the base
        "参加人数从去年的200人增加到今年的260人,增幅达30%。",                    // base named by 去年
        "累计完成61646万元,占年初预算数109466万元的56.3%,同比增长10.7%,增收5939万元。",
        "完成招商引资5亿元,其中工业项目3亿元,占全县任务10亿元的50%。",          // the total gives the rate
    ])
    func changesAndSharesStatedAroundTheirFiguresAgree(text: String) {
        // Act
        let checks = Checker.check(text: text).checks
        // Assert
        #expect(!checks.isEmpty)
        #expect(!checks.contains { !$0.consistent })
    }

    @Test(arguments: [
        "接诊患者12560人次,较去年同期的11000人次增加1500人次。",
        "完成税收收入2.35亿元,同比增长18.3%,增收3120万元。",
        "上半年办理各类案件86件,同比上升23.2%(去年同期76件)。",
    ])
    func changesThatDoNotAddUpAreFlagged(text: String) {
        // Act
        let flags = Checker.check(text: text).checks.filter { !$0.consistent }
        // Assert
        #expect(flags.count == 1)
    }

    @Test(arguments: [
        ("抓好三项工作:安全生产、环境整治、信访维稳。", 3),
        ("建成4个示范点,即东村、西村、南村和北村。", 4),
        ("实现了“三个全覆盖”,即党组织全覆盖、服务全覆盖、网格全覆盖。", 3),
        ("全镇有5所学校:中心小学,第二小学,第三小学,初级中学,幼儿园。", 5),
        ("建成文化广场3个(东村文化广场;西村文化广场;南村文化广场)。", 3),
        ("完成2个投资额在500万元以上的项目(东方化工公司计划投资1400万元;西方化工公司计划投资900万元)。", 2),
    ])
    func aCountFollowedByItsMembersAgrees(text: String, count: Int) {
        // Act
        let checks = Checker.check(text: text).checks.filter { $0.statement.hasPrefix("count check: \(count) =") }
        // Assert
        #expect(checks.map(\.consistent) == [true])
    }

    @Test(arguments: [
        ("半年来共投入资金17936.85万元。其中投入A项目资金1.443亿元,完成主体施工。投入其他项目资金3506.85万元。", "17936.85万元"),
        ("全镇辖12个行政村,1个社区。共13个村(社区)。", "13个"),
        ("农村低保对象356户682人,城市低保对象120户215人,合计476户897人。", "897人"),
        ("财政收入完成1318万元,占全年任务2355万元的56%,其中国税161万元,地税778万元,其他380万元。", "1318万元"),
        ("全年共举办培训班8期,培训1200人次;其中农业技术培训5期,培训800人次;电商培训3期,培训400人次。", "8期"),
    ])
    func totalsWhosePartsStandApartAgree(text: String, total: String) {
        // Act
        let checks = Checker.check(text: text).checks.filter { $0.statement.hasPrefix("total \(total)") }
        // Assert
        #expect(checks.map(\.consistent) == [true])
    }

    @Test func aTotalBrokenDownInTheNumberedLinesAfterItAgrees() {
        // Setup
        let text = "全镇共投入资金500万元,自筹资金20万元,具体如下:\n1.道路建设300万元;\n2.环境整治150万元;\n3.其他50万元。"
        // Act
        let checks = Checker.check(text: text).checks.filter { $0.statement.hasPrefix("total 500万元") }
        // Assert
        #expect(checks.map(\.consistent) == [true])
        #expect(checks.first?.line == 1)
    }

    @Test(arguments: [
        "全区总人口为220444人,出生1070人,出生率为4.85‰。",                // a rate per mille
        "继续狠抓精神文明建设、计划生育和统战侨台三大重点工作。",           // the verb rides on the first item
        "做好生态、特色“两篇”文章。",                                       // the count opens a quote
        "达到95%,高出全市平均水平5个百分点(全市为90%)。",                  // the other rate after the points
        "上半年出生人口160人,死亡人口90人,人口自然增长70人。",              // a net change
        "累计完成投资8.6亿元,占年度计划的61.4%(年度计划14亿元)。",         // the whole after the rate
        "其中收入10万元以上的村8个、5-10万元的村12个、5万元以下的村5个,合计25个。",
    ])
    func moreStatementsAreChecked(text: String) {
        // Act
        let checks = Checker.check(text: text).checks
        // Assert
        #expect(checks.map(\.consistent) == [true])
    }

    @Test(arguments: [
        "完成产值23亿元,占工业总产值190亿元的12,同比增长25.6。",
        "接待游客12万人次,比去年同期的10万人次增长20。",
        "完成税收收入2.35亿元,同比增长15.3,增收3120万元。",
        "共调解纠纷45起,调解成功43起,成功率95.6。",
    ])
    func aRateWhosePercentSignWasLostAgrees(text: String) {
        // Act
        let checks = Checker.check(text: text).checks
        // Assert
        #expect(checks.count == 1)
        #expect(checks.first?.consistent == true)
        #expect(checks.first?.statement.hasSuffix("(% sign missing)") == true)
    }

    @Test(arguments: [
        "接待游客12万人次,比去年同期的10万人次增长35。",      // does not agree: nothing is said
        "全镇有耕地5000亩,其中水田3000亩,占比60。",           // a whole number is not searched for
    ])
    func aBareNumberThatDoesNotAgreeIsLeftAlone(text: String) {
        // Act
        let checks = Checker.check(text: text).checks.filter { $0.statement.contains("% sign missing") || !$0.consistent }
        // Assert
        #expect(checks.isEmpty)
    }

    @Test(arguments: [
        ("全镇共有党员60名,其中男党员25名,女党员31名。", false),            // 男/女 cover the whole
        ("全镇共有党员56名,其中男党员25名,女党员31名。", true),
        ("全镇共有7个村,其中贫困村3个,非贫困村3个。", false),               // X and 非X
        ("财政收入完成1330万元,其中国税161万元,地税778万元,其他380万元。", false), // the rest named
        ("共接待游客12万人次,其中省内游客6万人次,省外游客3万人次。", false),   // 省内/省外
    ])
    func partsWhoseLabelsCoverTheWholeMustAddUp(text: String, consistent: Bool) {
        // Act
        let checks = Checker.check(text: text).checks.filter { $0.kind == "sum" }
        // Assert
        #expect(checks.map(\.consistent) == [consistent])
    }

    @Test func aSubsetAfterQiZhongIsStillNeverFlagged() {
        // Act
        let checks = Checker.check(text: "全镇共有党员60名,其中预备党员5名,女党员31名。").checks
        // Assert
        #expect(!checks.contains { !$0.consistent })
    }

    @Test func aTotalCutByALineBreakIsCheckedOnTheLineWhereItStarts() {
        // Setup: a PDF line break inside the parts.
        let text = "上半年工作总结\n全镇共有党员60名,其中男党\n员25名,女党员35名。下半年继续加强管理。"
        // Act
        let checks = Checker.check(text: text).checks
        // Assert
        #expect(checks.count == 1)
        #expect(checks.first?.consistent == true)
        #expect(checks.first?.line == 2)
        #expect(checks.first?.column == 7)   // 60名 after 全镇共有党员
    }

    @Test func aParagraphEndIsNoWrap() {
        // Act: each line ends its sentence.
        let checks = Checker.check(text: "全镇共有党员60名。\n其中男党员25名,女党员30名。").checks
        // Assert
        #expect(!checks.contains { !$0.consistent })
    }

    @Test(arguments: [
        ("开展了“安全生产月”、“消防宣传”和“防灾减灾日”三项活动。", 3),
        ("落实了“一票否决”“一岗双责”“党政同责”三项制度。", 3),
        ("组织“三八”妇女节、“五一”劳动节、“七一”建党节等3次主题活动。", 3),
        ("重点推进东村、西村、南村的改造。上述三个村均已完成。", 3),   // a demonstrative refers back
        ("完成了东村、西村和南村的改造,这三个村已全部验收。", 3),
        ("新建了东村,西村,南村3个村的文化广场。", 3),                // commas instead of 、
        ("东村 西村 南村三个村完成改造。", 3),                         // spaces (PDF)
        ("完成了东村、西村、南村的改造,共计3个村。", 3),              // 共计 sums up the clause before
        ("开展了政策宣讲(含法律、法规)、技能培训两项活动。", 2),       // 、 inside a bracket
        ("抓好东村、西村及南村、北村四个村的改造。", 4),              // 及 inside the list
    ])
    func aCountAfterQuotedOrLooselyListedNamesAgrees(text: String, count: Int) {
        // Act
        let checks = Checker.check(text: text).checks.filter { $0.statement.hasPrefix("count check: \(count) =") }
        // Assert
        #expect(checks.map(\.consistent) == [true])
    }

    @Test func theClosestRunOfPartsIsReported() {
        // Act: 1.5 + 0.8 is within the rounding of 2.5, but 1.5 + 0.8 + 0.2 is exact.
        let checks = Checker.check(text: "全镇共有耕地面积2.5万亩,其中:水田1.5万亩、旱地0.8万亩、其他0.2万亩。").checks
        // Assert
        #expect(checks.map(\.statement).first?.contains("1.5 + 0.8 + 0.2") == true)
    }

    @Test func statementsCutAtAnyPlaceNeverStopTheChecker() {
        // Setup: sentences of every rule of this pass, broken into two lines at every place.
        let sentences = [
            "完成税收收入2.35亿元,同比增长15.3%,增收3120万元。", "上半年办理各类案件86件,同比上升13.2%(去年同期76件)。",
            "参保率98.5%,参保人数19700人,应参保20000人。", "累计完成投资8.6亿元,占年度计划的61.4%(年度计划14亿元)。",
            "开展了“安全生产月”、“消防宣传”和“防灾减灾日”三项活动。", "全镇共有党员60名,其中男党员25名,女党员35名。",
            "完成产值23亿元,占工业总产值190亿元的12,同比增长25.6。", "新建了东村,西村,南村3个村的文化广场。",
        ]
        for sentence in sentences {
            let characters = Array(sentence)
            for cut in 1..<characters.count {
                let text = String(characters[..<cut]) + "\n" + String(characters[cut...])
                // Act
                let report = Checker.check(text: text)
                // Assert: every excerpt lies in the text, on a line that exists.
                for check in report.checks {
                    #expect(check.line >= 1 && check.line <= 2)
                    #expect(!check.text.isEmpty)
                }
            }
        }
    }

    @Test(arguments: [
        "总结出“四快”、“四实”工作法,即发现要快、摸底要实;上报要快、核查要实;处置要快、整改要实;反馈要快、回访要实。",
        "开展“三进三帮”活动(进企业、进农村、进社区,帮发展、帮就业、帮困难)。",
        "建立“村组-网格-楼栋”三级网络。",                                            // a chain split by dashes
    ])
    func abbreviationsWhoseLetterMarksEachMemberAgree(text: String) {
        // Act
        let checks = Checker.check(text: text).checks
        // Assert
        #expect(!checks.isEmpty)
        #expect(!checks.contains { !$0.consistent })
    }

    @Test func aLetterThatOccursMoreOftenThanTheNumeralSaysIsNoAgreement() {
        // Act: 快 occurs five times for “四快”.
        let checks = Checker.check(text: "推行“四快”工作法,即发现快、上报快、处置快、反馈快、整改快。").checks
        // Assert
        #expect(!checks.contains { $0.statement.contains("letter marks") })
    }

    @Test(arguments: [
        "举办文体活动6次,同比下降45.5%;送戏下乡由去年同期的3场增至5场。",            // the base after ; is another indicator's
        "开展演出35场,同比增长16.7%,已完成上半年目标任务(完成率120.7%);举办文体活动20次,同比下降9.1%;送戏下乡由去年同期的3场增至6场。",
        "收缴非法出版物36件,同比下降43.8%;立案查处由去年同期的4起减至2起。",
    ])
    func taizhangsOwnDraftSentencesStayClean(text: String) {
        // Act
        let checks = Checker.check(text: text).checks
        // Assert
        #expect(!checks.contains { !$0.consistent })
    }

    @Test(arguments: [
        ("为120户困难群众每户发放慰问金500元,共计6万元。", true),
        ("补贴标准300元/人,共发放1200人,合计36万元。", true),
    ])
    func aTotalThatIsACountTimesARateAgrees(text: String, consistent: Bool) {
        // Act
        let checks = Checker.check(text: text).checks.filter { $0.statement.contains("a count times a rate") }
        // Assert
        #expect(checks.map(\.consistent) == [consistent])
    }

    @Test(arguments: [
        ("完成1300万元,占全年任务2000万元的60%以上。", true),
        ("完成1300万元,占全年任务2000万元的近66%。", true),
        ("完成1300万元,占全年任务2000万元的约65%。", true),
        ("完成1300万元,占全年任务2000万元的70%以上。", false),   // 65% is not 70% or more: nothing said
        ("完成1300万元,占全年任务2000万元的近80%。", false),
    ])
    func anApproximateShareAgreesWithItsQualifier(text: String, agrees: Bool) {
        // Act
        let checks = Checker.check(text: text).checks
        // Assert: agreement or nothing, never a flag.
        #expect(checks.map(\.consistent) == (agrees ? [true] : []))
    }
}
