import Testing
@testable import TaizhangText

/// A catalogue of the ways Chinese work summaries state checkable arithmetic (issue #14,
/// eighth pass, arith6), by grammar: totals before or after their parts, 合计/总计/累计/共,
/// 分别为 with 和/及/与, breakdowns over a line break, mixed magnitudes (万元/亿元,
/// 万人次/人次), full-width digits and Chinese numerals, growth with 同比/环比/较上年 and its
/// verbs, 由A增至B / 从A下降到B, shares (占…的, 占比, 比重), completion of a target,
/// 序时进度/时序进度, percentage points, multiples, averages, rates from counts, counts
/// against named lists. Synthetic sentences; every verdict worked out by hand.
@Suite struct GeneralisationArithmeticFormsTests {
    @Test(arguments: [
        // totals and parts
        ("开展文艺演出30场、广场舞比赛20场，共计50场。", "total 50场"),                         // the total after its parts
        ("共举办活动50场，其中文艺演出30场，广场舞比赛20场。", "total 50场"),
        ("发放救助资金合计120万元，分别为低保资金80万元和特困供养资金40万元。", "total 120万元"),
        ("全年累计完成投资1.2亿元，其中政府投资8000万元，社会投资4000万元。", "total 1.2亿元"),   // 亿元 against 万元
        ("服务群众2.3万人次，其中线上服务15000人次，线下服务8000人次。", "total 2.3万人次"),
        ("总计接待游客12.5万人次，分别是春节期间8.2万人次及五一期间4.3万人次。", "total 12.5万人次"),
        ("全镇共有低保户320户，分别为城镇低保120户与农村低保200户。", "total 320户"),
        ("共举办培训班１２期，其中线上５期、线下７期。", "total 12期"),                          // full-width digits
        ("共建成服务站三十二个，其中村级二十个、社区级十二个。", "total 32个"),                    // Chinese numerals
        ("城区学校投入300万元；农村学校投入200万元；合计500万元。", "total 500万元"),
        ("共排查隐患56处，其中一般隐患50处，\n较大隐患6处。", "total 56处"),                    // cut by a line break
        ("共受理诉求277件，其中，省长信箱转办23件，市长信箱信件41封，县长信箱信件102封，省级热线转办111件。", "total 277件"),
        ("受理省派工单2917件，已处理完毕2349件，处于办结时限内正在办理568件。", "total 2917件"),
        ("一季度完成投资1.5亿元，二季度完成投资2亿元，上半年共完成投资3.5亿元。", "total 3.5亿元"),
        ("上半年国内生产总值532167亿元。分产业看，第一产业增加值28402亿元，第二产业增加值207154亿元，第三产业增加值296611亿元。",
         "total 532167亿元"),                                                                    // 分…看 breaks the total down
        ("上半年国内生产总值616836亿元，同比增长5.0%。\n分产业看，第一产业增加值30660亿元，同比增长3.5%；第二产业增加值236530亿元，增长5.8%；第三产业增加值349646亿元，增长4.6%。",
         "total 616836亿元"),                                                                    // … in the next paragraph
        // growth, differences, multiples
        ("实现税收收入5600万元，同比增长12%，增收600万元。", "growth"),
        ("接待游客12万人次，比去年同期增加2万人次，增长20%。", "growth"),
        ("门诊量由去年同期的4.5万人次增至5.4万人次，增长20%。", "growth"),
        ("贫困人口从1200人下降到900人，下降25%。", "growth"),
        ("财政收入8.8亿元，较上年减少1.2亿元，下降12%。", "growth"),
        ("本月受理投诉90件，环比减少10件，下降10%。", "growth"),
        ("共完成抽检16641批次，比2020年的11183批次增加了5458批次，增长了48.81%。", "growth"),
        ("夏粮总产量14582万吨(2916亿斤)，比上年增加296.7万吨(59.3亿斤)，增长2.1%。", "growth"),     // restated in brackets
        ("本一上线591人，比去年增加100人，增幅达20.4%。", "growth"),
        ("引进资金6亿元，是去年同期2亿元的3倍。", "growth"),
        ("培训人数由500人增加到1000人，翻了一番。", "growth"),
        // percentage points and progress
        ("优良率达到92.5%，比去年同期的90%提高2.5个百分点。", "difference"),
        ("完成全年任务的58%，超序时进度8个百分点。", "progress"),
        ("4个省级重点项目1-5月完成投资5亿元，占年度投资计划45.2%，超时序进度3.5个百分点。", "progress"),   // 时序, 5/12 elapsed
        ("上半年完成投资6亿元，占年度投资计划50%，达时序进度。", "progress"),
        ("同比增长12.7%，比一季度回落5.6个百分点。分季度看，一季度同比增长18.3%，二季度增长7.9%。", "points"),
        ("两年平均增长5.3%，两年平均增速比一季度加快0.3个百分点。分季度看，一季度同比增长18.3%，两年平均增长5.0%。", "points"),
        // shares, targets, rates from counts, averages
        ("完成1318万元，占全年任务2355万元的56%。", "ratio"),
        ("城镇新增就业3200人，完成年度目标任务4000人的80%。", "ratio"),
        ("民营经济增加值120亿元，占全市GDP(300亿元)的比重为40%。", "ratio"),
        ("受理群众来电50755件，办结50405件，办结率为99.3%。", "ratio"),
        ("92个计划新开工项目已开工51个，开工率55.4%。", "ratio"),
        ("检出不合格食品347批次，总体不合格率2.09%，合格率为97.91%。", "complement"),
        ("发放补贴240万元，惠及800户，户均3000元。", "total 240万元"),
        ("第一季度话务总数为20693个，日均230个。", "average"),                                   // 90 days
        ("2024年第28周(7月8日—7月14日)，共受理市民诉求71184件，日均10169件。", "average"),       // 7 days
        // counts against named lists
        ("建成服务站3个，分别是东村站、西村站和南村站。", "count check: 3"),
        ("表彰东方公司、西城公司、南山公司、北海公司等4家单位。", "count check: 4"),
        ("实现两个提升（服务质量提升、群众满意度提升）。", "count check: 2"),
        ("不合格率最高的5种产品是双层床(83.1%)、晾衣架(46.2%)、磷肥(46.0%)、清净剂(44.0%)、工业和商用加工设备(43.8%)。",
         "count check: 5"),                                                                      // 是 introduces; 和 inside a name
        ("实施新的土地使用税和车船税条例，带动两税增长。", "count check: 2"),                    // 两税: the names' common noun
        ("对东村、西村、南村、\n北村四个村进行了排查。", "count check: 4"),                     // a list cut after 、
        ("东村、西村、南村（3个村）已完成改造。", "count check: 3"),                            // the count in brackets
        ("开展“进社区、进学校、进企业”三进活动。", "count check: 3"),                          // a quoted list, 三进
        ("组织开展“安全生产月”、“防灾减灾日”、“消防宣传月”三大主题活动。", "count check: 3"),   // quoted names, 三大
        // more totals
        ("开展文艺演出30场，广场舞比赛20场，总计50场次。", "total 50场次"),                   // 场 and 场次
        ("评选出优秀党员5名、优秀党务工作者3名，共表彰8人。", "total 8人"),                    // 名 and 人
        ("开展文艺演出和广场舞比赛各25场，共50场。", "total 50场"),                            // 各: one per name
        ("共开展活动50场，其中文艺演出30场，广场舞比赛20\n场。", "total 50场"),                // the measure on the next line
        ("全年共投入资金500万元。\n\n其中道路建设300万元，绿化工程200万元。", "total 500万元"),   // 其中 after a blank line
        ("建成服务站3个，\n分别是东村站、西村站和南村站。", "count check: 3"),                 // the list on the next line
        ("开展了‘读书月’、「演讲月」、“征文月”三项活动。", "count check: 3"),                    // names in ‘’ and 「」
        ("制定了《考勤制度》《财务制度》《值班制度》三项制度。", "count check: 3"),              // titles that touch
        // ratios with colons
        ("男女比例为1:1，男性500人，女性500人。", "ratio 1:1"),
        ("一产21.3亿元、二产48.2亿元、三产35.5亿元，三次产业比例为20.3:45.9:33.8。", "ratio 20.3:45.9:33.8"),
    ])
    func formsAreReadAndAgree(text: String, prefix: String) {
        // Act
        let checks = Checker.check(text: text).checks.filter { $0.statement.hasPrefix(prefix) }
        // Assert
        #expect(!checks.isEmpty)
        #expect(!checks.contains { !$0.consistent })
    }

    @Test(arguments: [
        "共举办活动50场，其中文艺演出30场、广场舞比赛25场。",                     // parts in one list exceed the total
        "发放救助资金合计120万元，分别为低保资金80万元和特困供养资金30万元。",       // 分别为 covers the whole
        "完成投资1.2亿元，其中政府投资9000万元、社会投资4000万元。",
        "全县学校58所，其中小学36所、初中18所、高中7所。",
        "实现税收收入5600万元，同比增长15%，增收600万元。",
        "门诊量由去年同期的4.5万人次增至5.4万人次，增长25%。",
        "贫困人口从1200人下降到900人，下降30%。",
        "共完成抽检16641批次，比2020年的11183批次增加了5458批次，增长了45.81%。",
        "优良率由85.2%提高到88.6%，提高3.6个百分点。",
        "1-5月完成投资5亿元，占年度投资计划45.2%，超时序进度5.5个百分点。",         // 45.2 − 41.67 = 3.53
        "完成1318万元，占全年任务2355万元的60%。",
        "检出不合格食品347批次，总体不合格率2.09%，合格率为97.81%。",               // 2.09 + 97.81 ≠ 100
        "群众满意率98.5%，不满意率2.5%。",
        "建成服务站3个，分别是东村站和西村站。",
        "表彰东方公司、西城公司、南山公司、北海公司、中原公司等4家单位。",
        "实现两个提升（服务质量提升、群众满意度提升、环境提升）。",
    ])
    func wrongStatementsAreFlagged(text: String) {
        // Act
        let checks = Checker.check(text: text).checks
        // Assert
        #expect(checks.contains { !$0.consistent })
    }

    @Test(arguments: [
        "共举办活动50场，其中文艺演出30场。",                                          // a lone 其中 names a subset
        "全镇党员256名，其中女党员76名，35岁以下党员40名。",
        "共培训1200余人次，其中农民800余人次，干部400余人次。",                         // approximate figures
        "共有党员50人，其中男党员30人，党员干部25人。",                                  // two lines of breakdown may overlap
        "实施新的土地使用税和车船税条例，带动三税增长。",                                // shared-noun counts: agreement only
        "同比增长12.7%，比一季度回落4.6个百分点。分季度看，一季度同比增长18.3%。",      // which rate is meant is not stated
        "第一季度话务总数为20693个，日均250个。",                                       // the days are read, not stated
        "上半年国内生产总值532167亿元。分产业看，第一产业增加值28402亿元，第二产业增加值207154亿元。",   // a view may leave a part out
        "不合格率最高的5种产品是双层床(83.1%)、晾衣架(46.2%)、磷肥(46.0%)、清净剂(44.0%)。",
        "合格率98%，优良率60%。",                                                       // no complement: different nouns
        "两年平均增长5.3%，两年平均增速比一季度加快0.3个百分点。",                        // points are no part of 两年
        "开展文艺演出和广场舞比赛各25场，共60场。",                                          // 各 totals: agreement only
        "完成东村、西村(2个村)和南村的改造。",
        "评选出优秀党员5名、优秀党务工作者3名，共表彰9人。",                                 // trailing totals: agreement only
        "截止6月底，共取消182户，新增220户，现有低保对象2522户。",                           // a figure removed is no base
        "会议于10:30召开，参会50人。",                                                       // a time of day is no ratio
        "全年共投入资金500万元。\n\n其中道路建设300万元，绿化工程100万元。",               // over a blank line: agreement only
    ])

    func unsureOrSubsetStatementsAreNeverFlagged(text: String) {
        // Act
        let checks = Checker.check(text: text).checks
        // Assert
        #expect(!checks.contains { !$0.consistent })
    }

    @Test func pointsAreNeverATotalOrAPart() {
        // Setup
        let text = "两年平均增长5.3%，两年平均增速比一季度加快0.3个百分点。其中，二季度增长3.7%，比一季度加快0.4个百分点。"
        // Act
        let totals = Checker.check(text: text).checks.filter { $0.statement.hasPrefix("total") }
        // Assert
        #expect(totals.isEmpty)
    }

    @Test(arguments: [
        ("1-5月完成投资5亿元，占年度投资计划45.2%，超时序进度3.5个百分点。", "41.6667% elapsed"),
        ("上半年完成投资6亿元，占年度投资计划50%，达时序进度。4个项目1-5月完成投资5亿元，占年度投资计划45.2%，超时序进度3.5个百分点。",
         "41.6667% elapsed"),                          // the period of the rate's own sentence, not the line's first
    ])
    func theElapsedShareIsTheRatesOwnPeriod(text: String, elapsed: String) {
        // Act
        let progress = Checker.check(text: text).checks.filter { $0.statement.contains("points vs stated") }
        // Assert
        #expect(progress.count == 1)
        #expect(progress.allSatisfy { $0.statement.contains(elapsed) && $0.consistent })
    }

    @Test(arguments: [
        "男女比例为1:2，男性500人，女性500人。",                                             // 1:2 is no 500:500
        "会议于10:30召开，参会10人、列席30人。",
    ])
    func colonsThatAreNoRatioOfTheFiguresAreNotCalledAgreement(text: String) {
        // Act
        let ratios = Checker.check(text: text).checks.filter { $0.statement.hasSuffix("(terms of a ratio)") }
        // Assert
        #expect(ratios.isEmpty)
    }

    @Test func aStockAfterRemovalsAndAdditionsIsNoSumOfThem() {
        // Setup
        let agreeing = "原有低保户2302户，新增220户，现有低保对象2522户。"
        let disagreeing = "原有低保户2300户，新增220户，现有低保对象2600户。"
        // Act
        let ok = Checker.check(text: agreeing).checks.map(\.consistent)
        let flagged = Checker.check(text: disagreeing).checks.map(\.consistent)
        // Assert
        #expect(ok == [true])
        #expect(flagged == [false])
    }
}
