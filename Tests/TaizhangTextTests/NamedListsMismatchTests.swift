import Testing
@testable import TaizhangText

/// A count that no reading of its 、-list can match (`NamedLists+Mismatch`, namedcount): more
/// 、-segments than counted, or — after 包括/即/分为 or inside a bracket — fewer members than
/// counted with every 和 read as a joiner. Near misses: lists left open (等), examples (如),
/// a different noun counted (两个班 after grades, persons after their posts), a function
/// letter between list and count (合并为, 各, 中的), compound counts (三省一市), shared
/// modifiers (城区、郊区的幼儿园), slogans. Synthetic sentences, verdicts by hand.
@Suite struct NamedListsMismatchTests {
    static func countChecks(_ text: String) -> [ArithmeticCheck] {
        Checker.check(text: text).checks.filter { $0.statement.hasPrefix("count check") }
    }

    @Test(arguments: [
        "内容包括概述、主动公开情况、依申请公开和不予公开情况、对信息公开的评议情况、信息公开工作的经验做法、存在问题和改进措施五个部分。",
        "内容包括概述、主动公开情况三个部分。",
        "完成了东村、西村、南村、北村三个村的改造。",
        "开展了宣传、排查、整改、验收两项工作。",
        "培育规上工业企业2家(森财木业、睿新鹏电子、新鹏电子)。",
        "培育规上工业企业3家(森财木业、睿新鹏电子)。",
        "镇里有两人(张三、李四、王五)获评先进。",
        "全镇共有7个股室,即办公室、财政所、农技站、文化站、派出所、司法所、计生办、民政所,设14个派出机构。",
        "坚持创新、协调、绿色、开放、共享、安全五大发展理念。",
        "抓好三项工作:宣传、排查、整改、验收。",
    ])
    func aCountNoReadingMatchesIsFlagged(text: String) {
        // Act
        let checks = Self.countChecks(text)

        // Assert
        #expect(checks.contains { !$0.consistent })
        #expect(!checks.contains { $0.consistent })
    }

    @Test(arguments: [
        "内容包括概述、主动公开情况、依申请公开和不予公开情况、对信息公开的评议情况、存在问题和改进措施五个部分。",
        "内容包括概述、主动公开情况和附件三个部分。",
        "完成了东村、西村、南村和北村四个村的改造。",
        "培育规上工业企业2家(森财木业、睿新鹏电子)。",
        "建成王寨村、张集村、大湖村、富陂村、黄村5处文体广场。",
        "坚持创新、协调、绿色、开放、共享五大发展理念。",
        "抓好三项工作:宣传、排查、整改。",
    ])
    func aMatchingListAgrees(text: String) {
        // Act
        let checks = Self.countChecks(text)

        // Assert
        #expect(!checks.contains { !$0.consistent })
    }

    @Test(arguments: [
        "东村、西村、南村、北村等三个村。",
        "培育规上工业企业3家(森财木业、睿新鹏电子等)。",
        "建成3个示范点(如东村、西村、南村、北村)。",
        "实施5个项目(涉及东镇、西镇、南镇、北镇、中镇、新镇)。",
        "邀请3名专家(来自财政、审计、发改、住建)。",
        "其中驻村7人(派驻**镇委荣村、金谷乡隆通村、板路村驻村工作队员)。",
        "对接了上海、江苏、浙江、安徽三省一市。",
        "一年级、二年级、三年级、四年级两个班参加比赛。",
        "城区、郊区的幼儿园、小学、中学三个学段全部覆盖。",
        "将东村、西村、南村、北村合并为两个村。",
        "东村、西村、南村、北村各2个项目。",
        "在东村、西村、南村、北村中的两个村试点。",
        "招聘语文、数学、英语、物理教师三名。",
        "邀请了财政、审计、发改、住建、国土5个部门的3名专家。",
        "坚持三位一体,推进两学一做。",
        "东村、西村两个村和南村一个组。",
        "东村、西村、南村三个村。",
        "坚持“创新、协调、绿色、开放、共享、安全”五大发展理念。",
        "抓好三项工作:宣传、排查、整改、验收等。",
        "从三个方面看:工业、农业、服务业、建筑业都在增长。",
    ])
    func aListThatMayNotBeTheCountedMembersIsNeverFlagged(text: String) {
        // Act
        let checks = Self.countChecks(text)

        // Assert
        #expect(!checks.contains { !$0.consistent })
    }

    @Test func aStatisticalFrameReadsItsClausesAsMembers() {
        // Arrange
        let three = "从三大门类看:采矿业增长13.3%;制造业增长8%;电力热力燃气及水生产和供应业增长2.1%。"
        let two = "从三大门类看:采矿业增长13.3%;制造业增长8%。"

        // Act / Assert
        #expect(Self.countChecks(three).contains { $0.consistent })
        #expect(Self.countChecks(two).isEmpty)
    }

    @Test func aJoinerEndingANameJoinsNoPair() {
        // Act
        let checks = Self.countChecks("今年先后招引了万亿全屋智能家居和华邦保和2个项目。")

        // Assert
        #expect(checks.contains { $0.consistent && $0.statement.hasSuffix("华邦保和") })
    }
}
