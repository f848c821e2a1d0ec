import Testing
@testable import TaizhangText

/// Arithmetic grammar of issue #14's fifth pass (arith4), on synthetic sentences written
/// after the forms of real work summaries (no corpus text); verdicts computed by hand.
@Suite struct GeneralisationArith4Tests {
    @Test(arguments: [
        ("共投入资金500万元。\n其中道路建设300万元,环境整治200万元。", "total 500万元"),          // 其中 opens the next paragraph
        ("全镇共有党员200名。\n  其中男党员150名,女党员50名。", "total 200名"),
        ("一季度完成1.2亿元,二季度完成2亿元,上半年累计完成3.2亿元。", "total 3.2亿元"),          // a running total
        ("发放低保金85.6万元,惠及310户,户均2761元。", "total 85.6万元"),                        // an average (85.6万 / 310 = 2761.3)
        ("全村共有耕地3000亩,人均耕地1.5亩,总人口2000人。", "total 3000亩"),
        ("道路建设300万元,\n环境整治200万元,\n合计500万元。", "total 500万元"),           // a total line after its parts
        ("1.道路建设300万元;\n2.环境整治200万元;\n共计500万元。", "total 500万元"),
    ])
    func totalsInMoreShapesAgree(text: String, total: String) {
        // Act
        let checks = Checker.check(text: text).checks.filter { $0.statement.hasPrefix(total) }
        // Assert
        #expect(checks.map(\.consistent) == [true])
    }

    @Test(arguments: [
        "共投入资金500万元。\n其中道路建设300万元,环境整治250万元。",   // parts exceed, but across a paragraph end: unsure
        "全镇共有党员200名。\n其中2023年发展党员5名。",                  // a subset
        "一季度完成1.2亿元,二季度完成2亿元,上半年累计完成3.5亿元。",     // a running total may hold more
        "发放低保金85.6万元,惠及310户,户均3000元。",                     // an average that disagrees is not called
        "道路建设300万元,\n环境整治200万元,\n合计600万元。",             // the lines may hold other things
    ])
    func unsureTotalsAreNeverFlagged(text: String) {
        // Act
        let checks = Checker.check(text: text).checks
        // Assert
        #expect(!checks.contains { !$0.consistent })
    }

    @Test(arguments: [
        ("开展三项活动:读书活动;演讲活动;征文活动。", 3),                 // members set apart by ;
        ("落实四项制度:值班制度;巡查制度;报告制度;考核制度。", 4),
        ("开展“三大行动”:环境整治行动、安全生产行动、信访维稳行动。", 3),  // 大 counts nothing for the scanner
        ("开展了四大活动:读书活动、演讲活动、征文活动和书法活动。", 4),
        ("全镇辖4个村(居),即东村、西村、南村、北社区。", 4),             // a qualifier in brackets before 即
        ("落实两个责任:主体责任和监督责任。", 2),                         // two names joined by 和
        ("制定了《财务管理办法》、《车辆管理制度》、《公文处理规定》3项制度。", 3),   // titles in 《》
        ("出台了《关于加强财务、车辆管理的意见》、《关于规范公文处理的通知》2个文件。", 2),
    ])
    func aCountFollowedByItsMembersInMoreShapesAgrees(text: String, count: Int) {
        // Act
        let checks = Checker.check(text: text).checks.filter { $0.statement.hasPrefix("count check: \(count) =") }
        // Assert
        #expect(checks.map(\.consistent) == [true])
    }

    @Test func aSemicolonListOfClausesIsNoMemberList() {
        // Setup: the first member holds a comma, so the list ends at its ;
        let text = "抓好三项工作:一方面加强领导,压实责任;另一方面完善制度。"
        // Act
        let checks = Checker.check(text: text).checks
        // Assert
        #expect(!checks.contains { !$0.consistent })
    }

    @Test(arguments: [
        ("实现营业收入5.6亿元,同比增长12%,较上年同期增加6000万元。", true),    // 0.6 / (5.6 − 0.6) = 12%
        ("实现营业收入5.6亿元,同比增长15%,较上年同期增加6000万元。", false),
        ("接待游客12万人次,同比下降4%,比去年同期减少5000人次。", true),        // 0.5 / (12 + 0.5) = 4%
        ("实现税收800万元,环比增长25%(上月640万元)。", true),                  // 环比: the base is last month's
        ("上月受理120件,本月受理150件,环比增长25%。", true),
    ])
    func anIncrementThatNamesItsPeriodChecksTheRate(text: String, consistent: Bool) {
        // Act
        let checks = Checker.check(text: text).checks.filter { $0.kind == "growth" }
        // Assert
        #expect(checks.map(\.consistent) == [consistent])
    }

    @Test(arguments: [
        ("共投入资金500万元。\n1.道路建设300万元。\n2.环境整治200万元。", "total 500万元"),        // no colon: a total word
        ("共投入资金500万元,主要用于以下方面。\n(一)道路建设300万元。\n(二)环境整治200万元。", "total 500万元"),
        ("全镇共有党员200名\n男党员150名\n女党员50名", "total 200名"),
        ("重点做好以下3个方面工作:\n1、整治环境\n2、修建道路\n3、美化村庄", "count check: 3 announced"),  // an Arabic count
        ("重点做好以下3个方面工作。\n1、整治环境\n2、修建道路\n3、美化村庄", "count check: 3 announced"),
        ("今年共完成项目3个。\n一是东村道路项目。\n二是西村水利项目。\n三是南村广场项目。", "count check: 3 announced"),
    ])
    func statementsBrokenDownInTheLinesAfterThemAgree(text: String, statement: String) {
        // Act
        let checks = Checker.check(text: text).checks.filter { $0.statement.hasPrefix(statement) }
        // Assert
        #expect(checks.map(\.consistent) == [true])
    }

    @Test(arguments: [
        "重点做好以下3个方面工作:\n1、整治环境\n2、修建道路",                  // an Arabic count: agreement only
        "今年共完成项目4个。\n一是东村道路项目。\n二是西村水利项目。\n三是南村广场项目。",
        "共投入资金500万元。\n1.道路建设300万元。\n2.环境整治300万元。",
    ])
    func looselyAnnouncedStatementsAreNeverFlagged(text: String) {
        // Act
        let checks = Checker.check(text: text).checks
        // Assert
        #expect(!checks.contains { !$0.consistent })
    }

    @Test func aSecondListAfterAnEarlierCountIsCountedOnItsOwn() {
        // Setup
        let text = "成立了东村、西村、南村3个党支部和北村、中村2个党小组。"
        // Act
        let checks = Checker.check(text: text).checks
        // Assert
        #expect(checks.map(\.statement).sorted() == ["count check: 2 = 北村 + 中村", "count check: 3 = 成立了东村 + 西村 + 南村"])
        #expect(!checks.contains { !$0.consistent })
    }

    @Test(arguments: [
        ("先后在东街、西街、南街设立甲调解委员会、乙调解委员会2个行业性调解组织。", "count check: 2 = 甲调解委员会 + 乙调解委员会"),
        ("在东村、西村建成文化广场、农家书屋、健身场地3类设施。", "count check: 3 = 文化广场 + 农家书屋 + 健身场地"),
    ])
    func aListAfterAnotherInOneClauseIsCountedOnItsOwn(text: String, statement: String) {
        // Act
        let checks = Checker.check(text: text).checks
        // Assert
        #expect(checks.map(\.statement) == [statement])
        #expect(!checks.contains { !$0.consistent })
    }
}
