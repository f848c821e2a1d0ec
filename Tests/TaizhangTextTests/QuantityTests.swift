import Testing
@testable import TaizhangText

/// Quantities: value, unit, magnitude, qualifier in either position, Chinese numerals.
@Suite struct QuantityTests {
    struct Row: Sendable, CustomStringConvertible {
        var text: String, value: Double, unit: String, normalized: Double, qualifier: String?
        var description: String { text }
    }

    @Test(arguments: [
        Row(text: "受众达14余万人次", value: 14, unit: "万人次", normalized: 140_000, qualifier: "余"),
        Row(text: "投入500余万元", value: 500, unit: "万元", normalized: 5_000_000, qualifier: "余"),
        Row(text: "参与1.2万余人次", value: 1.2, unit: "万人次", normalized: 12_000, qualifier: "余"),
        Row(text: "购置云屏借阅机三台", value: 3, unit: "台", normalized: 3, qualifier: nil),
        Row(text: "开展活动两次", value: 2, unit: "次", normalized: 2, qualifier: nil),
        Row(text: "十七个小项", value: 17, unit: "个", normalized: 17, qualifier: nil),
        Row(text: "举办二十余次", value: 20, unit: "次", normalized: 20, qualifier: "余"),
        Row(text: "展出百余幅作品", value: 100, unit: "幅", normalized: 100, qualifier: "余"),
        Row(text: "吸引逾万人参与", value: 1, unit: "万人", normalized: 10_000, qualifier: "逾"),
        Row(text: "孕产妇死亡率10.21/10万", value: 10.21, unit: "/10万", normalized: 10.21, qualifier: nil),
        Row(text: "婴儿死亡率2.96‰", value: 2.96, unit: "‰", normalized: 2.96, qualifier: nil),
        Row(text: "同比下降5.9%", value: -5.9, unit: "%", normalized: -5.9, qualifier: nil),
        Row(text: "达标率达到95%以上", value: 95, unit: "%", normalized: 95, qualifier: "以上"),
        Row(text: "门诊诊疗82.4万人(次)", value: 82.4, unit: "万人(次)", normalized: 824_000, qualifier: nil),
        Row(text: "压缩为3个工作日", value: 3, unit: "个工作日", normalized: 3, qualifier: nil),
        Row(text: "接待12,345人次", value: 12_345, unit: "人次", normalized: 12_345, qualifier: nil),
        Row(text: "共发放2.5万本", value: 2.5, unit: "万本", normalized: 25_000, qualifier: nil),
        Row(text: "科技咨询9千余人", value: 9, unit: "千人", normalized: 9_000, qualifier: "余"),
    ])
    func quantityIsRead(row: Row) throws {
        // Act
        let quantities = Checker.check(text: row.text).quantities
        // Assert
        let quantity = try #require(quantities.first)
        #expect(quantity.value == row.value)
        #expect(quantity.unit == row.unit)
        #expect(abs(quantity.normalized - row.normalized) < 1e-6)
        #expect(quantity.qualifier == row.qualifier)
    }

    @Test(arguments: ["2022年是关键之年", "1-5月,", "4.23世界读书日", "“1·26”事件", "5.12地震", "第三届艺术节",
                      "第一针次", "8-15岁儿童", "宁党办发[2008]46号", "统一台账", "一次性使用", "十分重视"])
    func nonQuantitiesAreSkipped(text: String) {
        #expect(Checker.check(text: text).quantities.isEmpty)
    }

    @Test func subjectIsThePhraseMeasured() throws {
        let quantity = try #require(Checker.check(text: "上半年,累计放映公益电影1526场。").quantities.first)
        #expect(quantity.subject == "放映公益电影")
    }
}
