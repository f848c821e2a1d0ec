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
