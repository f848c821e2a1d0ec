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
        Row(text: "展出百余幅作品", value: 1, unit: "百幅", normalized: 100, qualifier: "余"),
        Row(text: "文艺骨干近百名", value: 1, unit: "百名", normalized: 100, qualifier: "近"),
        Row(text: "过千万元项目", value: 1, unit: "千万元", normalized: 10_000_000, qualifier: "过"),
        Row(text: "增速-4.7%", value: -4.7, unit: "%", normalized: -4.7, qualifier: nil),
        Row(text: "近1500余人参加", value: 1500, unit: "人", normalized: 1500, qualifier: "近"),
        Row(text: "不少于30小时", value: 30, unit: "小时", normalized: 30, qualifier: "不少于"),
        Row(text: "发生一起森林火灾", value: 1, unit: "起", normalized: 1, qualifier: nil),
        Row(text: "连续17年", value: 17, unit: "年", normalized: 17, qualifier: nil),
        Row(text: "門診469300人(rén)次", value: 469_300, unit: "人次", normalized: 469_300, qualifier: nil),
        Row(text: "吸引逾万人参与", value: 1, unit: "万人", normalized: 10_000, qualifier: "逾"),
        Row(text: "孕产妇死亡率10.21/10万", value: 10.21, unit: "/10万", normalized: 10.21, qualifier: nil),
        Row(text: "婴儿死亡率2.96‰", value: 2.96, unit: "‰", normalized: 2.96, qualifier: nil),
        Row(text: "同比下降5.9%", value: 5.9, unit: "%", normalized: 5.9, qualifier: nil),
        Row(text: "达标率达到95%以上", value: 95, unit: "%", normalized: 95, qualifier: "以上"),
        Row(text: "门诊诊疗82.4万人(次)", value: 82.4, unit: "万人(次)", normalized: 824_000, qualifier: nil),
        Row(text: "压缩为3个工作日", value: 3, unit: "个工作日", normalized: 3, qualifier: nil),
        Row(text: "接待12,345人次", value: 12_345, unit: "人次", normalized: 12_345, qualifier: nil),
        Row(text: "共发放2.5万本", value: 2.5, unit: "万本", normalized: 25_000, qualifier: nil),
        Row(text: "科技咨询9千余人", value: 9, unit: "千人", normalized: 9_000, qualifier: "余"),
        // PDF spacing, traditional characters and measure words of every trade.
        Row(text: "完成投资3212 万元", value: 3212, unit: "万元", normalized: 32_120_000, qualifier: nil),
        Row(text: "占比60 %", value: 60, unit: "%", normalized: 60, qualifier: nil),
        Row(text: "扶持企业300 余家", value: 300, unit: "家", normalized: 300, qualifier: "余"),
        Row(text: "現有教師 11 人", value: 11, unit: "人", normalized: 11, qualifier: nil),
        Row(text: "總額達到1.2億元", value: 1.2, unit: "亿元", normalized: 120_000_000, qualifier: "达"),
        Row(text: "惠及兩萬餘人", value: 2, unit: "万人", normalized: 20_000, qualifier: "余"),
        Row(text: "出栏生猪1200头", value: 1200, unit: "头", normalized: 1200, qualifier: nil),
        Row(text: "存栏家禽3.5万羽", value: 3.5, unit: "万羽", normalized: 35_000, qualifier: nil),
        Row(text: "清运淤泥800方", value: 800, unit: "方", normalized: 800, qualifier: nil),
        Row(text: "接种近10万剂次", value: 10, unit: "万剂次", normalized: 100_000, qualifier: "近"),
        Row(text: "流感疫苗41520人份", value: 41520, unit: "人份", normalized: 41520, qualifier: nil),
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
                      "第一针次", "8-15岁儿童", "宁党办发[2008]46号", "统一台账", "一次性使用", "十分重视",
                      "位列全市前三位", "坚持三位一体", "党的十六届三中全会", "上演一台台好戏", "项目一期已完工",
                      "推行一户一档", "二期工程开工", "排名前10名", "2023年上半年", "三年级学生", "大家一起参加"])
    func nonQuantitiesAreSkipped(text: String) {
        #expect(Checker.check(text: text).quantities.isEmpty)
    }

    @Test func subjectIsThePhraseMeasured() throws {
        let quantity = try #require(Checker.check(text: "上半年,累计放映公益电影1526场。").quantities.first)
        #expect(quantity.subject == "放映公益电影")
    }
}
