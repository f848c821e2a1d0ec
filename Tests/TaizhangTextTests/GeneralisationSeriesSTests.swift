import Testing
@testable import TaizhangText

/// Seventeenth pass (issue #14, corpus s): the misses and wrong reports the unseen s series
/// (summaries on template, document and compilation sites) drew from main's rules, written
/// as general shapes — never corpus text — each with its near misses.
@Suite struct GeneralisationSeriesSTests {
    private func findings(_ text: String, _ kind: FindingKind) -> [Finding] {
        Checker.check(text: text).findings.filter { $0.kind == kind }
    }

    private func count(_ text: String, _ kind: FindingKind) -> Int { findings(text, kind).count }

    // MARK: a blank that is a whole item of a list

    /// …万元,xxx、xx村全部清零: both blanks stand for village names.
    @Test func aBlankBetweenACommaAndAnEnumerationCommaIsAPlaceholder() {
        let text = "已化解债务800万元,xxx、xx村全部清零,全镇共化解债务三成。\n"
        #expect(count(text, .placeholder) == 2)
    }

    /// The same with the blank last in the list: 东湖村、xxx,
    @Test func aBlankClosingAListIsAPlaceholder() {
        let text = "今年东湖村、xxx,两个村完成了道路硬化。\n"
        #expect(count(text, .placeholder) == 1)
    }

    /// Near misses: one letter (x、y两个方向), Latin neighbours (XX、XXL sizes).
    @Test func oneLetterOrLatinNeighboursInAListAreNoPlaceholders() {
        #expect(count("测量时分别沿,x、y两个方向读数。\n", .placeholder) == 0)
        #expect(count("服装尺码有,XX、XXL两种规格。\n", .placeholder) == 0)
    }

    // MARK: 次 in a grade noun

    /// 考核良好等次: a grade, no deleted count.
    @Test func aGradeWordBeforeDengCiIsNoDeletedCount() {
        let text = "河道管理所在年度考核中获评良好等次;全站职工考核均为优秀等次。\n"
        #expect(count(text, .missingNumber) == 0)
    }

    /// Near miss: 等 closing a list before 次 (开展宣传、培训等次。): a figure was deleted.
    @Test func etceteraBeforeCiStillLacksItsCount() {
        #expect(count("全年开展宣传、培训等次。\n", .missingNumber) == 1)
    }

    // MARK: a money unit as an indicator's denominator

    /// 万元GDP用水量下降, 万元产值能耗: intensity indicators, no deleted figure.
    @Test func aMoneyUnitBeforeOutputAndUseNamesAnIntensity() {
        let text = "考核指标包括万元GDP用水量下降和万元产值能耗降低两项。\n"
        #expect(count(text, .missingNumber) == 0)
    }

    /// Near misses: no use after the output, or no output after the unit: still reported.
    @Test func aMoneyUnitWithoutAnIndicatorStillLacksItsFigure() {
        #expect(count("上半年全镇实现万元产值。\n", .missingNumber) == 1)
        #expect(count("上半年财政收入为万元,同比增长。\n", .missingNumber) >= 1)
    }

    // MARK: a year deleted from an honour's name

    /// 被评为南湖市年防汛工作先进集体: the honour's year lost its digits.
    @Test func aYearGluedToThePlaceOfAnHonourIsDeleted() {
        let text = "我局被市委市政府评为南湖市年防汛工作先进集体。\n"
        let hits = findings(text, .missingNumber)
        #expect(hits.count == 1)
    }

    /// Near misses: 年度 and 年轻 are words, a year with digits, no award in the clause.
    @Test func yearWordsDigitsOrNoAwardAreNoDeletedYear() {
        #expect(count("我局被评为全市年度先进单位。\n", .missingNumber) == 0)
        #expect(count("全县年轻干部中有三人被评为优秀。\n", .missingNumber) == 0)
        #expect(count("我局被评为南湖市2022年防汛工作先进集体。\n", .missingNumber) == 0)
        #expect(count("南湖市年降水量偏多,汛期较长。\n", .missingNumber) == 0)
    }
}
