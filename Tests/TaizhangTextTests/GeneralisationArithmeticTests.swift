import Testing
@testable import TaizhangText

/// Arithmetic rules of issue #14's third pass, on synthetic sentences (no corpus text),
/// and the server-side invariant: summaries Taizhang writes itself stay checker-clean.
@Suite struct GeneralisationArithmeticTests {
    @Test func shareWithoutItsPercentSignAgreesWithAnEarlierWhole() {
        // Setup: the whole in one paragraph, a share whose % was lost in the next.
        let text = "全市粮食总产量80万吨。\n其中小麦产量30万吨,占全市粮食总产量的37.5,同比持平。"
        // Act
        let checks = Checker.check(text: text).checks.filter { $0.kind == "ratio" }
        // Assert
        #expect(checks.count == 1)
        #expect(checks.first?.consistent == true)
        #expect(checks.first?.text.hasSuffix("37.5") == true)
    }

    @Test(arguments: [
        "全市粮食总产量80万吨。\n其中小麦产量30万吨,占全市粮食总产量的41.5,同比持平。",   // does not agree: nothing said
        "全市粮食总产量80万吨。\n其中小麦产量30万吨,占全市粮食总产量的37.5万吨。",          // a unit follows: not a share
        "全市粮食总产量80万吨。\n其中小麦产量30万吨,占全市粮食总产量的37.5%,同比持平。",    // the % rule's business, not this one's
    ])
    func bareNumbersThatAreNotLostSharesAreLeftAlone(text: String) {
        let checks = Checker.check(text: text).checks.filter { $0.statement.contains("% sign missing") }
        #expect(checks.isEmpty)
    }

    @Test(arguments: [
        ("与甲、乙、丙三国签订协议。", 3),                       // one-letter names, a noun that is no measure
        ("建立楼栋、小组、社区三级网络。", 3),
        ("实行镇、村、社、网格员“四包一”制度。", 4),             // the numeral inside a quote
    ])
    func aListCountedByANumeralNounAgrees(text: String, count: Int) {
        let checks = Checker.check(text: text).checks.filter { $0.statement.hasPrefix("count check: \(count) =") }
        #expect(checks.count == 1)
        #expect(checks.first?.consistent == true)
    }

    @Test(arguments: [
        "与甲、乙、丙两国签订协议。",          // a mismatch is not called: the numeral may belong to a word
        "推进甲、乙统一管理。",                  // 一 is no count
        "落实A、B、C三级网络。",                 // letters are markers, not names
    ])
    func numeralNounsThatDoNotCountTheListAreNotFlagged(text: String) {
        let checks = Checker.check(text: text).checks
        #expect(!checks.contains { $0.statement.hasPrefix("count check") })
    }

    @Test(arguments: [
        "开展志愿服务20次，同比增长33.3%；举办培训班由去年同期的5期减至3期。",
        "受众达1.3万余人次，同比下降14.4%，已完成上半年目标任务（完成率126.7%）。",
        "上半年共接待群众1200人次。\n其中咨询600人次，占总数的50%；办理事项由去年同期的300件增至400件。",
    ])
    func taizhangsOwnSummarySentencesStayClean(text: String) {
        let report = Checker.check(text: text)
        #expect(!report.checks.contains { !$0.consistent })
        #expect(report.findings.isEmpty)
    }
}
