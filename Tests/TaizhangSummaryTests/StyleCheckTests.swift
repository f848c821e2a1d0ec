import Testing
import TaizhangDocument
import TaizhangDomain
import TaizhangSummary

/// Each style rule fires on the fault it names and stays quiet on the standard draft.
@Suite struct StyleCheckTests {
    let context = StyleContext(period: .half(2026, 1), rawNames: ["收缴非法出版物件数"], dueDate: CivilDate(2026, 7, 10))

    func document(_ paragraphs: [(String, [Run])], plans: [Run] = [.text("一是按计划举办中秋晚会（9月17日）。")],
                  date: DocDate = DocDate(year: 2026, month: 7, day: 10)) -> SummaryDocument {
        var blocks: [Block] = [.paragraph(Paragraph(id: "opening", runs: [.text("开头。")])),
                               .heading(Heading(id: "work", level: 1, text: "上半年工作开展情况")),
                               .heading(Heading(id: "area-1", level: 2, text: "群众文化活动"))]
        blocks += paragraphs.map { .paragraph(Paragraph(id: $0.0, runs: $0.1)) }
        blocks += [.heading(Heading(id: "problems", level: 1, text: "存在的问题")), .paragraph(Paragraph(id: "problems-body", runs: [.text("无。")])),
                   .heading(Heading(id: "plans", level: 1, text: "下半年工作打算")), .paragraph(Paragraph(id: "plans-body", runs: plans))]
        return SummaryDocument(title: "测试2026年上半年工作总结", blocks: blocks, signature: "测试", date: date)
    }

    func number(_ text: String, _ value: Double, _ unit: String, _ kind: SourceRef.Kind = .entry) -> Run {
        .number(TracedNumber(text: text, value: value, unit: unit, trace: [SourceRef(kind, "1")]))
    }

    func rules(_ doc: SummaryDocument) -> [StyleFinding.Rule] { StyleCheck.run(doc, context: context).map(\.rule) }

    @Test func aCleanDraftHasNoFindings() {
        let doc = document([("p", [.text("共开展文艺演出"), number("71场", 71, "场"), .text("，同比增长"), number("13.5%", 13.5, "%", .lastYear), .text("。")])])

        #expect(rules(doc).isEmpty)
    }

    @Test func flagsAnImplausibleRate() {
        let doc = document([("p", [.text("收缴"), number("89件", 89, "件"), .text("，同比增长"), number("2125%", 2125, "%", .lastYear), .text("。")])])

        #expect(rules(doc) == [.implausibleRate])
    }

    @Test func flagsARateOnAZero() {
        let doc = document([("p", [.text("结案"), number("0起", 0, "起"), .text("，同比下降"), number("100%", 100, "%", .lastYear), .text("。")])])

        #expect(rules(doc).contains(.rateOnZero))
    }

    @Test func flagsAStatisticsNameButNotAQuotation() {
        let raw = document([("p", [.text("收缴非法出版物件数为"), number("89件", 89, "件"), .text("。")])])
        let quoted = document([("p", [.text("退回意见：“收缴非法出版物件数有误”。")])])

        #expect(rules(raw) == [.rawName])
        #expect(rules(quoted).isEmpty)
    }

    @Test func flagsAnEmptySectionAndABrokenStructure() {
        var doc = document([])
        doc.blocks.removeAll { $0.id == "problems-body" }

        #expect(rules(doc).contains(.emptySection))
        doc.blocks.removeAll { $0.id == "plans" || $0.id == "plans-body" }
        #expect(rules(doc).contains(.structure))
    }

    @Test func flagsDatesOutsideTheirPeriod() {
        let work = document([("p", [.text("9月17日举办中秋晚会，受众"), number("300人次", 300, "人次"), .text("。")])])
        let plans = document([("p", [.text("开展群众文化活动。")])], plans: [.text("一是按计划举办端午汇演（6月10日）。")])
        let late = document([("p", [.text("开展群众文化活动。")])], date: DocDate(year: 2026, month: 12, day: 5))

        #expect(rules(work) == [.dateOutOfPeriod])
        #expect(rules(plans) == [.dateOutOfPeriod])
        #expect(rules(late) == [.dateOutOfPeriod])
    }

    @Test func flagsAClaimWithoutItsData() {
        let doc = document([("p", [.text("各项目标任务均达到序时进度。")])])

        #expect(rules(doc) == [.unsupportedClaim, .unsupportedClaim])
    }
}
