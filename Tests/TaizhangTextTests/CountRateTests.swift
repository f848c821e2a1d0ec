import Testing
@testable import TaizhangText

/// Session 11 (issue #14): rates whose grammar names the figures they are of, found when the
/// metamorphic probe broke statements the checker read as consistent and nothing was flagged.
@Suite struct CountRateTests {
    private func verdicts(_ text: String) -> [Bool] {
        Checker.check(text: text).checks.filter { $0.kind == "ratio" }.map(\.consistent)
    }

    // MARK: V率 after a count labelled V

    /// 调处490件 of 490件 is 100%, not 80%; 接通18851个 of 19668个 is 95.84%.
    @Test(arguments: [
        ("全县发生各类矛盾纠纷490件,调处490件,调处率80%。", false),
        ("全县发生各类矛盾纠纷490件,调处490件,调处率100%。", true),
        ("平台共呼入来电19668个,接通18851个,接通率75.84%。", false),
        ("平台共呼入来电19668个,接通18851个,接通率95.84%。", true),
        ("受理信件1133件,已办结1121件,办结率为88.94%。", false),
        ("7岁以下儿童1229人,建档人数1229人,建档率80%。", false),
    ])
    func aRateNamedByItsCountIsOfTheFigureBefore(text: String, consistent: Bool) {
        #expect(verdicts(text) == [consistent])
    }

    /// Of several figures before it, the one labelled by the name's head: 调处成功 of 调处.
    @Test func aRateOfSuccessIsOfThoseHandled() {
        let wrong = verdicts("全县发生纠纷490件,调处490件,调处成功473件,调处成功率76.5%。")
        let right = verdicts("全县发生纠纷490件,调处490件,调处成功473件,调处成功率96.5%。")
        #expect(wrong.contains(false))
        #expect(right.allSatisfy { $0 })
    }

    /// Near misses: no base stated, a label that is not the rate's name, a base that comes
    /// after the count, two possible bases, a rate over 100%.
    @Test(arguments: [
        "办结108件,办结率95%。",
        "受理120件,按时办结100件,办结率95%。",
        "资金计划投入850万元,资金实际到位850万元,资金到位率80%。",
        "办结108件,受理120件,办结率95%。",
        "受理来信120件,来访80件,办结70件,办结率95%。",
        "受理120件,办结108件,办结率120%。",
    ])
    func aRateWithoutOneReadingIsNotFlagged(text: String) {
        #expect(!verdicts(text).contains(false))
    }

    // MARK: a target word after the whole

    /// 完成全年900万人目标的53%: 655万 of 900万 is 72.8%; the target word may follow the figure.
    @Test func aTargetNamedAfterItsFigureIsTheWhole() {
        let wrong = verdicts("全国城镇新增就业655万人,完成全年900万人目标的53%。")
        let right = verdicts("全国城镇新增就业655万人,完成全年900万人目标的73%。")
        #expect(wrong == [false])
        #expect(right == [true])
    }

    /// 比去年900万人增长的5%: a base year's figure is no target (no target word after it).
    @Test func aFigureWithoutATargetWordIsNoWhole() {
        #expect(!verdicts("新增就业655万人,为去年900万人的53%。").contains(false))
    }
}
