import Testing
@testable import TaizhangText

/// Figures and blanks as PDF extraction and conversion break them (zread): a decimal point
/// written 。, a figure and its measure (or a qualifier and its figure) on two lines, a blank
/// alone on its line. Synthetic texts, verdicts by hand; each form with its near misses.
@Suite struct PDFBreakReadingTests {
    // MARK: decimal point written 。

    @Test(arguments: [("参选率达90。5%,比上届提高。", 90.5), ("其中男822人,占71。9%;", 71.9), ("人口自然增长率为3。18‰。", 3.18),
                      ("完成率100。25%。", 100.25)])
    func aStopBetweenDigitsBeforeAPercentIsADecimalPoint(text: String, value: Double) {
        // Act
        let quantities = Checker.check(text: text).quantities

        // Assert
        #expect(quantities.contains { abs($0.value - value) < 1e-9 && ($0.unit == "%" || $0.unit == "‰") }, "\(quantities)")
    }

    @Test func theDecimalQuantityKeepsItsQualifier() {
        // Act
        let quantities = Checker.check(text: "全区参选率达90。5%。").quantities

        // Assert
        #expect(quantities.contains { $0.value == 90.5 && $0.qualifier == "达" && $0.text == "达90。5%" }, "\(quantities)")
    }

    @Test(arguments: [("全年计划完成90。5月份已完成大半。", 5.0, "月"), ("共有党员32。2023年新发展党员3人。", 3.0, "人"),
                      ("共计1200。15%的农户参与。", 15.0, "%"), ("比去年增加12。5个村完成改造。", 5.0, "个")])
    func aStopBetweenSentencesIsNoDecimalPoint(text: String, value: Double, unit: String) {
        // Act
        let quantities = Checker.check(text: text).quantities

        // Assert: the figure after the stop reads alone; no decimal value was made up.
        #expect(!quantities.contains { $0.value != $0.value.rounded() }, "\(quantities)")
        #expect(quantities.contains { $0.value == value && $0.unit == unit } || unit == "月", "\(quantities)")
    }

    @Test func aDoubledMarkIsStillReportedImpossible() {
        // Act
        let findings = Checker.check(text: "出口额达1。.06亿美元。").findings

        // Assert
        #expect(findings.contains { $0.message.contains("小数点重复") })
    }

    // MARK: figure and measure on two lines

    @Test(arguments: [("花生种植面积达\n7860\n亩,增长10.2%", 7860.0, "亩", 2), ("累计主动公开政府信息\n5928\n条,全文电子化率达90.3%", 5928.0, "条", 2),
                      ("南侧厂房项目完成规划设计,\n7\n家涉林企业完成产值", 7.0, "家", 2), ("全年共举办培训班12\n场次,培训群众300人。", 12.0, "场次", 1)])
    func aFigureEndingALineTakesTheMeasureOpeningTheNext(text: String, value: Double, unit: String, line: Int) {
        // Act
        let quantities = Checker.check(text: text).quantities

        // Assert: reported on the figure's line, with the measure of the next.
        #expect(quantities.contains { $0.value == value && $0.unit == unit && $0.line == line }, "\(quantities)")
    }

    @Test(arguments: ["合计 120 350 470\n万元以上项目共5个。", "全面完成年度任务。2\n人员培训情况", "各项工作有序推进。12\n个村完成改造。",
                      "联系电话12345\n人工服务时间为工作日。", "型号A100\n台账管理", "全年完成12\n\n个村的改造。"])
    func aFigureThatIsNoWrappedQuantityStaysAlone(text: String) {
        // Act
        let quantities = Checker.check(text: text).quantities

        // Assert: nothing read on line 1 (a table row, a numbered item or a page number,
        // a code, a blank line between).
        #expect(!quantities.contains { $0.line == 1 }, "\(quantities)")
    }

    @Test func aQualifierEndingALineQualifiesTheFigureOpeningTheNext() {
        // Act
        let quantities = Checker.check(text: "条,全文电子化率达\n90.3%\n,其中新增2110条").quantities

        // Assert
        #expect(quantities.contains { $0.value == 90.3 && $0.qualifier == "达" && $0.line == 2 }, "\(quantities)")
    }

    @Test(arguments: ["任务全部完成。\n100万元用于修路。", "节约\n100万元用于修路。", "电子化率达\n\n90.3%,比上年提高。"])
    func aQualifierOverALineBreakIsCarriedOnlyInsideTheSentence(text: String) {
        // Act
        let quantities = Checker.check(text: text).quantities

        // Assert: a stop, a word ending in 约, a blank line: the figure keeps no qualifier from there.
        #expect(!quantities.contains { $0.line >= 2 && ($0.qualifier == "达" || $0.qualifier == "约" || $0.qualifier == "近") }, "\(quantities)")
    }

    // MARK: a list sharing its unit, a member negative

    @Test func aNegativeMemberKeepsItsSignAndTheListBeforeIt() {
        // Act
        let quantities = Checker.check(text: "三次产业增加值比重分别为0.15、-5.64、1.34个百分点;").quantities

        // Assert
        for value in [0.15, -5.64, 1.34] {
            #expect(quantities.contains { abs($0.value - value) < 1e-9 && $0.unit == "个百分点" }, "\(value) \(quantities)")
        }
    }

    @Test func aRangeInAListIsNoNegativeMember() {
        // Act
        let quantities = Checker.check(text: "分别为1.5、3-5.5、2.5个百分点;").quantities

        // Assert: 3-5.5 is a range, 5.5 is not −5.5.
        #expect(!quantities.contains { $0.value < 0 }, "\(quantities)")
    }

    // MARK: a blank alone on its line

    @Test(arguments: ["前三季度,完成地区生产总值\nXX\n亿元,增长5%。", "现在,我代表\nXX\n镇人民政府向大会报告工作,请予审议。",
                      "围绕\nXX\n花生、蓝莓等特色产业", ";财政收入\nxx\n万元,增长3%;"])
    func aBlankAloneInsideABrokenSentenceIsAPlaceholder(text: String) {
        // Act
        let findings = Checker.check(text: text).findings

        // Assert
        #expect(findings.contains { $0.kind == .placeholder && $0.line == 2 }, "\(findings)")
    }

    @Test(arguments: ["型号\nXX\n规格", "第十九章\nXIX\nXX\nXXI", "全面完成任务。\nXX\n镇人民政府工作报告", "完成地区生产总值\nXX\n\n亿元,增长5%。",
                      "编号\nX\n亿元,增长5%。", "完成地区生产总值\nXX\n123"])
    func aLoneTokenOutsideABrokenSentenceIsLeftAlone(text: String) {
        // Act
        let findings = Checker.check(text: text).findings

        // Assert: labels without punctuation, numerals, after a stop, before a blank line, one X, before a figure.
        #expect(!findings.contains { $0.kind == .placeholder }, "\(findings)")
    }
}
