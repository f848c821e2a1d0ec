import Testing
@testable import TaizhangText

/// Eleventh pass (issue #14, corpus i): forms the unseen i series showed the checker missing,
/// written here as general shapes — never corpus text.
@Suite struct GeneralisationSeriesITests {
    private func quantities(_ text: String) -> [String] {
        Checker.check(text: text).quantities.map { "\($0.value)\($0.unit)" }
    }

    // MARK: classes of a classification

    /// 藏书分22大类, 按五大类统计: the classes are counted in 大类, read as one measure.
    @Test func classesOfAClassificationAreAQuantity() {
        #expect(quantities("全馆藏书分22大类上架。") == ["22.0大类"])
        #expect(quantities("档案按五大类整理归档。") == ["5.0大类"])
    }

    /// 三大目标, 四大行动: 大 before any other noun is still no measure of a quantity.
    @Test func aNumeralWithDaBeforeANounIsNoQuantity() {
        #expect(quantities("努力实现三大目标,开展四大行动。").isEmpty)
    }
}
