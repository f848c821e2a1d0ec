import Testing
@testable import TaizhangText

/// Forms found by probing rather than by the corpus (issue #14, twelfth pass): blanks of
/// printed forms, masked numbers, compound units, deleted dates and multiples. Each form has
/// near misses that must stay silent. Synthetic sentences; expected texts written by hand.
@Suite struct FormProbeTests {
    private static func placeholders(_ text: String) -> [String] {
        Checker.check(text: text).findings.filter { $0.kind == .placeholder }.map(\.text)
    }

    private static func missing(_ text: String) -> [String] {
        Checker.check(text: text).findings.filter { $0.kind == .missingNumber }.map(\.text)
    }

    @Test(arguments: [
        ("今年以来，○○街道共开展活动12场。", "○○"), ("全年完成△△万元。", "△△"), ("占比□□%。", "□□"),
        ("■■村共有农户120户。", "■■"), ("20○○年上半年工作总结", "○○"), ("完成投资20○○万元。", "○○"),
        ("共□人参加培训。", "□"), ("本次会议于□月召开。", "□"),
    ])
    func aRunOfBlankSymbolsIsAPlaceholder(text: String, blank: String) {
        // Act
        let found = FormProbeTests.placeholders(text)

        // Assert
        #expect(found.contains(blank))
    }

    @Test(arguments: [
        "二○二四年上半年，共接待群众300人次。", "二○○八年以来，累计投入资金500万元。", "二〇〇八年以来，投入500万元。",
        "请在相应选项打勾：□是 □否", "是否完成：是□ 否□", "■加强组织领导，成立工作专班。", "■■■■■■■■■■",
        "○ 加强学习，提高认识。",
    ])
    func zerosCheckboxesAndBulletsAreNoBlank(text: String) {
        // Act
        let found = FormProbeTests.placeholders(text)

        // Assert
        #expect(found.isEmpty)
    }

    @Test func aZeroInsideAYearIsNoQuantity() {
        // Act: ○ written for 〇 must not leave 八年 as a count of years.
        let quantities = Checker.check(text: "二○○八年以来，我局累计投入资金500万元。").quantities

        // Assert
        #expect(quantities.map(\.unit) == ["万元"])
    }

    @Test(arguments: [
        ("共开展活动（  ）项。", "（  ）"), ("投入资金(   )万元。", "(   )"), ("服务【 】人次。", "【 】"), ("于（ ）年完成。", "（ ）"),
    ])
    func emptyBracketsBeforeAUnitAreAPlaceholder(text: String, blank: String) {
        // Act
        let found = FormProbeTests.placeholders(text)

        // Assert
        #expect(found == [blank])
    }

    @Test(arguments: ["请在（ ）内打√。", "字体:[ ] 打印本页", "【人民调解】2020年，共调解纠纷100件。", "【正文】今年以来，",
                      "【单位名称】某某局", "《关于做好工作的通知》(政办发〔2021〕3号)"])
    func bracketsThatHoldNoBlankAreSilent(text: String) {
        // Act
        let found = FormProbeTests.placeholders(text)

        // Assert
        #expect(found.isEmpty)
    }

    @Test(arguments: [
        ("我单位{单位名称}上半年共开展活动12场。", "{单位名称}"), ("<单位>上半年工作总结", "<单位>"),
        ("【填写】年度工作总结", "【填写】"), ("由【单位名称】负责组织实施。", "【单位名称】"),
    ])
    func aTemplateFieldIsAPlaceholder(text: String, field: String) {
        // Act
        let found = FormProbeTests.placeholders(text)

        // Assert
        #expect(found == [field])
    }

    @Test(arguments: ["联系电话：138****5678。", "联系电话：0871-****1234", "身份证号5301**********1234", "联系电话：138xxxx5678。"])
    func aMaskedPhoneOrIDIsNoPlaceholder(text: String) {
        // Act
        let found = FormProbeTests.placeholders(text)

        // Assert
        #expect(found.isEmpty)
    }

    @Test(arguments: [("如没一个人***参加", "***"), ("完成20**年度任务", "20**"), ("20xx年上半年", "20xx"), ("项目编号AB1234****5678", "****")])
    func masksThatAreNoPhoneStayPlaceholders(text: String, blank: String) {
        // Act
        let found = FormProbeTests.placeholders(text)

        // Assert
        #expect(found == [blank])
    }

    @Test(arguments: ["下载：上半年工作总结_第2页.doc", "附件：report_2023.docx", "联系电话：138____5678。"])
    func anUnderscoreInAFileNameOrAMaskedPhoneIsNoPlaceholder(text: String) {
        // Act
        let found = FormProbeTests.placeholders(text)

        // Assert
        #expect(found.isEmpty)
    }

    @Test(arguments: [("20_年上半年工作总结", "20_"), ("共完成_项任务。", "_"), ("截至2023年_月底，共完成30项。", "_")])
    func anUnderscoreAfterADigitOrBeforeAWordIsABlank(text: String, blank: String) {
        // Act
        let found = FormProbeTests.placeholders(text)

        // Assert
        #expect(found == [blank])
    }

    @Test(arguments: [
        ("PM2.5平均浓度37.1微克/立方米。", "微克/立方米", 37.1), ("化学需氧量浓度为12.5毫克/升。", "毫克/升", 12.5),
        ("平均流量达到35.6立方米/秒。", "立方米/秒", 35.6), ("单位能耗0.52千瓦时/万元。", "千瓦时/万元", 0.52),
        ("污水处理能力2万吨/日。", "万吨/日", 20000.0), ("人口密度为450人/平方公里。", "人/平方公里", 450.0),
        ("租金为25元/平方米·月。", "元/平方米·月", 25.0),
    ])
    func aCompoundUnitIsReadWhole(text: String, unit: String, normalized: Double) throws {
        // Act
        let quantities = Checker.check(text: text).quantities

        // Assert
        let hit = try #require(quantities.first)
        #expect(hit.unit == unit)
        #expect(abs(hit.normalized - normalized) < 1e-9)
    }

    @Test(arguments: ["完成任务的1/3，截止6/30。", "接通率15秒内达到95%。", "截至6月30日，共5千米。"])
    func fractionsDatesAndTimeAloneMakeNoCompound(text: String) {
        // Act
        let quantities = Checker.check(text: text).quantities

        // Assert
        #expect(!quantities.contains { $0.unit.contains("/") || $0.unit.contains("秒") || $0.unit.contains("日") })
    }

    @Test(arguments: [
        ("增长率较上年下降个百分点。", "个百分点"), ("产值增长倍，", "倍"), ("产值是去年的倍。", "倍"),
        ("年上半年，我街道认真贯彻落实。", "年"), ("于年6月完成验收。", "年"), ("截至年6月底，共完成30项。", "年"),
        ("月日前完成全部整改任务。", "月日"), ("运动会于月日举行。", "月日"), ("验收工作启动后，年3月完成。", "年"),
    ])
    func aDeletedFigureOfADateOrAMultipleIsMissing(text: String, measure: String) {
        // Act
        let found = FormProbeTests.missing(text)

        // Assert
        #expect(found.contains(measure))
    }

    @Test(arguments: [
        "施工队伍进场，设备出场。", "第三届运动会于5月8日举行。", "工作人员已于年底前完成。", "每月日均接待群众50人次。",
        "日前，我局召开会议。", "产值是去年的2倍。", "成倍增长，事半功倍。", "居民对环境倍加关注。", "今年6月完成验收。",
        "2023年1月至6月，完成任务。", "岁月日新，", "前三位的单位", "年6月完成验收。", "活动日期(月日)",
        "（ ）年6月",
    ])
    func datesVerbsAndWordsAreNoDeletedFigure(text: String) {
        // Act
        let found = FormProbeTests.missing(text)

        // Assert
        #expect(found.isEmpty)
    }
}
