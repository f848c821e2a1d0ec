import Testing
@testable import TaizhangText

/// A unit named as a unit (以万元为单位, 按万元计算, 以%表示) has no figure before it and
/// none was deleted; a unit after a verb that takes a figure still lost one.
/// Synthetic sentences, verdicts by hand.
@Suite struct MissingNumberUnitNamedTests {
    @Test(arguments: [
        "本表以万元为单位统计。",
        "各项收入按万元计算，保留两位小数。",
        "占比以%表示，增幅较上年有所提高。",
        "资金规模用亿元计，平稳增长。",
    ])
    func aUnitNamedIsNoDeletedNumber(text: String) {
        // Act
        let findings = Checker.check(text: text).findings

        // Assert
        #expect(!findings.contains { $0.kind == .missingNumber })
    }

    @Test(arguments: [
        "全镇财政收入为万元，同比增加万元。",
        "共投入资金万元用于以奖代补。",
        "占比%，以此为基础推进。",
    ])
    func aUnitAfterAFigureSlotStillLostItsNumber(text: String) {
        // Act
        let findings = Checker.check(text: text).findings

        // Assert
        #expect(findings.contains { $0.kind == .missingNumber })
    }
}
