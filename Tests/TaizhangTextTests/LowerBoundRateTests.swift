import Testing
@testable import TaizhangText

/// A rate computed from a figure stated as a lower bound (4000余万元) is never flagged; the
/// same rate from the exact figure still is (eighteenth pass, sumforms).
@Suite struct LowerBoundRateTests {
    static let bounded = [
        "完成财政总收入4000余万元,占年初预算10065万元的43.2%。",
        "累计完成公共财政预算总收入60000余万元,比上年同期增加6517万元,增长10.61%。",
        "受理市民工单3000余件,较上期减少41件,环比下降1.11%。",
        "完成投资超2亿元,占年度计划5亿元的48%。",
    ]
    static let exact = [
        "完成财政总收入4000万元,占年初预算10065万元的43.2%。",
        "受理市民工单3000件,较上期减少41件,环比下降1.11%。",
    ]

    @Test(arguments: bounded)
    func aRateOfALowerBoundIsNotFlagged(text: String) {
        // Act
        let flags = Checker.check(text: text).checks.filter { !$0.consistent }
        // Assert
        #expect(flags.isEmpty, "\(flags.map(\.statement))")
    }

    @Test(arguments: exact)
    func theSameRateOfAnExactFigureStaysFlagged(text: String) {
        // Act
        let flags = Checker.check(text: text).checks.filter { !$0.consistent && ($0.kind == "ratio" || $0.kind == "growth") }
        // Assert
        #expect(!flags.isEmpty)
    }
}
