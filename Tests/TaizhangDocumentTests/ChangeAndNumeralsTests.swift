import Testing
@testable import TaizhangDocument

struct ChangeAndNumeralsTests {
    @Test(arguments: [
        (113.5, 100.0, "同比增长13.5%"),
        (94.1, 100.0, "同比下降5.9%"),
        (100.0, 100.0, "与去年同期持平"),
        (100.04, 100.0, "与去年同期持平"),
        (71.0, 63.0, "同比增长12.7%"),
        (250.0, 100.0, "同比增长150%"),
        (0.0, 40.0, "同比下降100%"),
    ])
    func yearOnYear(_ current: Double, _ lastYear: Double, _ phrase: String) {
        #expect(Change.yearOnYear(current: current, lastYear: lastYear)?.phrase == phrase)
    }

    @Test func noComparisonWithoutLastYear() {
        #expect(Change.yearOnYear(current: 10, lastYear: 0) == nil)
    }

    @Test(arguments: [
        (1, "一"), (2, "二"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"), (99, "九十九"),
        (100, "一百"), (105, "一百零五"), (110, "一百一十"), (1010, "一千零一十"), (2024, "二千零二十四"),
    ])
    func chineseNumerals(_ n: Int, _ text: String) {
        #expect(ChineseNumerals.string(n) == text)
    }

    @Test func outlineNumberingRestartsDeeperLevels() {
        var numbering = OutlineNumbering()
        let labels = [1, 2, 2, 3, 4, 4, 3, 1, 2, 3].map { numbering.next(level: $0) }
        #expect(labels == ["一、", "（一）", "（二）", "1.", "（1）", "（2）", "2.", "二、", "（一）", "1."])
    }

    @Test(arguments: [("75场", "场", 75.0), ("1.2万余人次", "人次", 12_000.0), ("14余万人次", "人次", 140_000.0),
                      ("3亿元", "元", 300_000_000.0), ("79.5万元", "万元", 79.5), ("1,234人", "人", 1_234.0)])
    func parsesTypedQuantities(_ text: String, _ unit: String, _ value: Double) {
        #expect(QuantityParser.value(in: text, unit: unit) == value)
    }

    @Test func datesAreWrittenWithoutPadding() {
        let date = DocDate(year: 2024, month: 7, day: 5)
        #expect(date.chinese == "2024年7月5日")
        #expect(date.iso == "2024-07-05")
    }
}
