import Testing
@testable import TaizhangText

/// The two false flags of series zj's first reading (session 24's merge): a part after 涉及 taken
/// as the last part of a 其中 list closed by 及 (zj01), and an announced count whose items run past
/// the page's cut (zj02). Near misses keep the flags an office wants.
@Suite struct Merge24LeadTests {
    static func flags(_ text: String) -> [ArithmeticCheck] {
        Checker.check(text: text, path: "lead24.txt").checks.filter { !$0.consistent }
    }

    @Test func aPartAfterABreakdownOpenerBelongsToThePartBeforeIt() {
        // Act
        let flags = Self.flags("全市主动公开政府信息31.17万条,其中重点信息12.84万条,占41.2%,涉及行政权力运行、财政资金、公共监管等重点领域信息8.22万条。")
        // Assert
        #expect(flags.isEmpty, "\(flags.map(\.statement))")
    }

    @Test func aJoinerBetweenTheLastTwoPartsStillClosesTheList() {
        // Act
        let flags = Self.flags("全站职工50人,其中男职工25人和女职工31人。")
        // Assert
        #expect(flags.contains { $0.statement.contains("parts exceed the total") })
    }

    @Test func aListCutWithItsPageIsNotCounted() {
        // Act
        let flags = Self.flags("完成二项重点任务。一是抓好企业诉求的办理工作。落实办法,对企业诉求进行单独建账。1—")
        // Assert
        #expect(flags.isEmpty, "\(flags.map(\.statement))")
    }

    @Test(arguments: [
        "完成三项重点任务。一是抓好企业诉求的办理工作。二是做好回访。",
        "完成三项重点任务。一是抓好企业诉求的办理工作。二是做好回访。\n下半年继续努力。",
    ])
    func aShortListInAWholeTextIsStillFlagged(_ text: String) {
        // Act
        let flags = Self.flags(text)
        // Assert
        #expect(flags.contains { $0.statement.contains("3 announced, 2 listed") })
    }
}
