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
}
