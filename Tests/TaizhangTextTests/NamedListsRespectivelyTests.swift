import Testing
@testable import TaizhangText

/// A count whose noun is followed by 分别是/分别为 and its members to the sentence's end
/// (成立3个工作组,分别是…。) must name as many members as it counts; members sharing their
/// head noun are never read as one member holding 和. Synthetic sentences, verdicts by hand.
@Suite struct NamedListsRespectivelyTests {
    @Test(arguments: [
        "组建了两个工作组，分别是宣传组、督查组和后勤组。",
        "成立了3个工作组，分别是宣传组和督查组。",
        "全镇建成四个服务站，分别为东村站、西村站、南村站、北村站和中心站。",
    ])
    func aMismatchedRespectiveListIsFlagged(text: String) {
        // Act
        let checks = Checker.check(text: text).checks

        // Assert
        #expect(checks.contains { !$0.consistent && $0.statement.hasPrefix("count check") })
        #expect(!checks.contains { $0.consistent && $0.statement.hasPrefix("count check") })
    }

    @Test(arguments: [
        "组建了三个工作组，分别是宣传组、督查组和后勤组。",
        "成立了2个工作组，分别是宣传组和督查组。",
        "全镇建成5个服务站，分别为东村站、西村站、南村站、北村站和中心站。",
    ])
    func aMatchingRespectiveListAgrees(text: String) {
        // Act
        let checks = Checker.check(text: text).checks

        // Assert
        #expect(checks.contains { $0.consistent && $0.statement.hasPrefix("count check") })
        #expect(!checks.contains { !$0.consistent })
    }

    @Test(arguments: [
        // a member holding 和 (党风和廉政建设): either reading may be meant
        "抓好两项建设，分别是作风建设和党风和廉政建设。",
        // the list goes on after a comma: not all members named here
        "建成3个服务站，分别是东村站和西村站，南村站正在建设。",
        // long clauses, not names
        "开展了两项活动，分别是组织全体干部深入基层开展走访调研和召开专题座谈会听取意见建议。",
    ])
    func anUnsureRespectiveListIsNeverFlagged(text: String) {
        // Act
        let checks = Checker.check(text: text).checks

        // Assert
        #expect(!checks.contains { !$0.consistent })
    }

    @Test func membersSharingTheirHeadAreNeverOne() {
        #expect(NamedLists.sharedHead(["宣传组", "督查组", "后勤组"]))
        #expect(!NamedLists.sharedHead(["作风建设", "党风", "廉政建设"]))
        #expect(!NamedLists.sharedHead(["中", "老", "缅"]))
        #expect(!NamedLists.sharedHead(["东村站", "西村站"]))
        #expect(!NamedLists.sharedHead(["双层床(83.1%)", "晾衣架(46.2%)", "工业(yè)"]))
    }
}
