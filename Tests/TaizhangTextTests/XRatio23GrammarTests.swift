import Testing
@testable import TaizhangText

/// The readers and the tolerance of the twenty-ninth pass (ratio23), each on the real form that
/// prompted it (Tests/Fixtures/probes/ratio23.txt) and the forms that must stay as they were.
@Suite struct XRatio23GrammarTests {
    private func checks(_ text: String) -> [ArithmeticCheck] { Checker.check(text: text).checks }

    @Test func aConvertedPagesIncrementIsOfTheAmountBeforeItNotOfThePlan() {
        // Arrange: 較 opens the comparison as 较 does (456150.com.cn, a converted page).
        let text = "年度投資計劃1015億元。全市重點建設項目1-3月項目累計完成投資313.64億元,較去年同期增長153.34億元,同比增長95.66%。"
        // Act
        let growth = checks(text).filter { $0.kind == "growth" }
        // Assert: 153.34 / (313.64 − 153.34) = 95.66%, not 153.34 / (1015 − 153.34)
        #expect(growth.count == 1)
        #expect(growth.allSatisfy { $0.consistent && $0.statement.contains("31364000000") })
    }

    @Test func theSameFormInSimplifiedCharactersIsReadAsBefore() {
        // Arrange
        let text = "年度投资计划1015亿元。全市重点建设项目1-3月项目累计完成投资313.64亿元,较去年同期增长153.34亿元,同比增长95.66%。"
        // Act
        let growth = checks(text).filter { $0.kind == "growth" }
        // Assert
        #expect(growth.count == 1 && growth[0].consistent)
    }

    @Test func anIncrementNamingItsOwnSubjectStillTakesThatSubjectsFigure() {
        // Arrange: 受案 names the count that grew, whatever the letters' form.
        let text = "全年受案1200件,結案1000件,受案較上年增加100件,增長9.1%。"
        // Act
        let growth = checks(text).filter { $0.kind == "growth" }
        // Assert: 100 / (1200 − 100) = 9.09%
        #expect(growth.count == 1)
        #expect(growth.allSatisfy { $0.consistent && $0.statement.contains("1200") })
    }

    @Test func progressPointsAreRoundedWhereTheWriterStopsThem() {
        // Arrange: 1-5月 is 41.67% of the year; 47.5 − 41.67 = 5.83, written 约6 (zetdz.gov.cn).
        let text = "1-5月,地方一般公共预算收入完成4.92亿元,完成年初预算的47.5%,快于序时进度约6个百分点,同比增长25.0%。"
        // Act
        let progress = checks(text).filter { $0.statement.hasPrefix("progress") }
        // Assert
        #expect(progress.count == 1 && progress[0].consistent)
    }

    @Test func progressPointsOffByMoreThanTheirRoundingAreStillFlagged() {
        // Arrange: 5.83 is not 4 at any rounding.
        let text = "1-5月,地方一般公共预算收入完成4.92亿元,完成年初预算的47.5%,快于序时进度4个百分点。"
        // Act
        let progress = checks(text).filter { $0.statement.hasPrefix("progress") }
        // Assert
        #expect(progress.count == 1 && !progress[0].consistent)
    }

    @Test func aBracketOpeningWithQizhongAfterARateHoldsAPartNotTheWhole() {
        // Arrange: the target of 116.7% is not given; 7198 is a part (ahqy.gov.cn).
        let text = "1-10月份完成固定资产投资22166万元,占任务数的116.7%(其中工业投资7198万元,占任务数的48%)。"
        // Act
        let flags = checks(text).filter { !$0.consistent }
        // Assert
        #expect(flags.isEmpty, "\(flags.map(\.statement))")
    }

    @Test func aBracketNamingTheTargetAfterARateIsStillItsWhole() {
        // Arrange
        let text = "累计完成投资8.6亿元,占年度计划的61.4%(年度计划14亿元)。"
        // Act
        let ratios = checks(text).filter { $0.kind == "ratio" }
        // Assert: 8.6 / 14 = 61.43%
        #expect(ratios.contains { $0.consistent && $0.statement.contains("8.6/14") })
    }

    @Test func aGrowthOverARoundedBaseAgreesWithinTheFiguresRounding() {
        // Arrange: 82.3 and 80.3万吨 stand for ±0.05万吨 each, a growth of 2.36 … 2.62% (2.49% as written).
        let text = "全年粮食产量82.3万吨,比上年的80.3万吨增长2.6%。"
        // Act
        let growth = checks(text).filter { $0.kind == "growth" }
        // Assert
        #expect(growth.count == 1 && growth[0].consistent)
    }

    @Test func aGrowthBeyondTheFiguresRoundingIsStillFlagged() {
        // Arrange: 2.7% is outside 2.36 … 2.62% (± half a unit of 2.7's last digit).
        let text = "全年粮食产量82.3万吨,比上年的80.3万吨增长2.7%。"
        // Act
        let growth = checks(text).filter { $0.kind == "growth" }
        // Assert
        #expect(growth.count == 1 && !growth[0].consistent)
    }

    @Test func aGrowthOfExactCountsKeepsTheStrictMatch() {
        // Arrange: 件 are counted, not rounded: 30 / 120 = 25%, written 26%.
        let text = "全年办理案件150件,比上年的120件增长26%。"
        // Act
        let growth = checks(text).filter { $0.kind == "growth" }
        // Assert
        #expect(growth.count == 1 && !growth[0].consistent)
    }
}
