import Testing
@testable import TaizhangText

/// Counts over enumerations in the forms no rule read (twenty-third pass, xparts): an Arabic count,
/// or 各 typed for 个, before the colon that opens 一是…N是; a quoted 、-list counted after 等N大.
@Suite struct XPartsCountTests {
    static func checks(_ text: String) -> [ArithmeticCheck] { Checker.check(text: text).checks }

    @Test(arguments: [
        ("社区党总支主要做了以下3各方面的工作:一是开展了红色电影活动;二是开展了创评活动;三是开展了走访慰问。", 3),
        ("重点抓了以下4个方面的工作:一是抓学习;二是抓队伍;三是抓制度;四是抓落实。", 4),
        ("今年着力推进2项改革:一是简化审批流程,二是推行一窗受理。", 2),
    ])
    func writtenCountsAgreeWithTheirList(_ text: String, _ n: Int) {
        let found = Self.checks(text)
        #expect(found.contains { $0.consistent && $0.statement == "count check: \(n) announced, \(n) listed" }, "\(found.map(\.statement))")
        #expect(!found.contains { !$0.consistent })
    }

    @Test(arguments: [
        "社区党总支主要做了以下4各方面的工作:一是开展了红色电影活动;二是开展了创评活动;三是开展了走访慰问。",
        "重点抓了以下3个方面的工作:一是抓学习;二是抓队伍;三是抓制度;四是抓落实。",
    ])
    func writtenCountsThatMissTheirListAreFlagged(_ text: String) {
        #expect(Self.checks(text).contains { !$0.consistent && $0.statement.hasPrefix("count check:") })
    }

    @Test(arguments: [
        // An ordinal, a year glued before 各, 各 without a digit, a count whose colon opens no list.
        "完成第3个方面的任务:一是抓学习;二是抓队伍。",
        "2023各方面工作:一是抓学习;二是抓队伍。",
        "各方面工作:一是抓学习;二是抓队伍;三是抓制度。",
        "共完成3个项目,一是新建道路;二是改造管网。",
        "全年安排资金3.5个亿:一是用于道路;二是用于管网。",
    ])
    func otherFiguresAnnounceNothing(_ text: String) {
        #expect(!Self.checks(text).contains { !$0.consistent }, "\(Self.checks(text).map(\.statement))")
    }

    @Test func aQuotedListCountedAfterDeng() {
        let found = Self.checks("组建了“百姓、老兵、好人”等三大宣讲兵团,开展宣讲20余场。")
        #expect(found.contains { $0.consistent && $0.statement.hasPrefix("count check: 3") }, "\(found.map(\.statement))")
        // A quoted slogan that counts otherwise is never called wrong (agreement only).
        #expect(!Self.checks("组建了“百姓、老兵”等三大宣讲兵团。").contains { !$0.consistent })
        #expect(!Self.checks("落实“一岗双责、党政同责”等四项制度。").contains { !$0.consistent })
    }
}
