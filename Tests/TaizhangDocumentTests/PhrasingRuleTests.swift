import Testing
@testable import TaizhangDocument

/// The phrasing rules, pinned one by one (not whole documents): comparisons a reader
/// trusts, zeros without rates, measure phrases instead of statistics names, highlights by
/// weight, creation topics laid out as 1. items.
struct PhrasingRuleTests {
    func figures(_ figure: DraftFigure) -> String {
        var input = Fixtures.small
        input.areas[0].figures = [figure]
        return DraftComposer().compose(input).block(id: "area-1-figures")?.plainText ?? ""
    }

    func seized(_ value: Double, last: Double) -> DraftFigure {
        .summing(indicator: "收缴非法出版物件数", subject: "非法出版物收缴", verbPhrase: "收缴非法出版物", measureWord: "件",
                 entries: [EntryValue(id: "1", value: value)], lastYear: LastYearFigure(value: last, refs: [.lastYear("9")]))
    }

    @Test func aSmallBaseIsComparedByItsTwoValues() {
        let text = figures(seized(89, last: 4))

        #expect(text.contains("收缴非法出版物由去年同期的4件增至89件"))
        #expect(!text.contains("%"))
    }

    @Test func anImplausibleChangeIsComparedByItsTwoValues() {
        #expect(figures(seized(400, last: 100)).contains("由去年同期的100件增至400件"))
        #expect(figures(seized(250, last: 100)).contains("同比增长150%"))
    }

    @Test func zerosGetNoRate() {
        let text = figures(seized(0, last: 12))

        #expect(text == "上半年暂无非法出版物收缴。")
        #expect(!text.contains("100%") && !text.contains("0件"))
    }

    @Test func aFlatComparisonNamesItsBase() {
        #expect(figures(seized(12, last: 12)).contains("与去年同期（12件）持平"))
    }

    @Test(arguments: [(4.0, 89.0, ComparisonRule(), false), (10, 20, ComparisonRule(), true), (10, 31, ComparisonRule(), false),
                      (10, 31, ComparisonRule(minBase: 5, maxPercent: 300), true), (0, 5, ComparisonRule(), false)])
    func comparisonRuleIsConfigurable(last: Double, current: Double, rule: ComparisonRule, rate: Bool) {
        let c = Comparison.of(current: current, lastYear: last, rule: rule)

        if case .rate = c { #expect(rate) } else { #expect(!rate || last == 0) }
    }

    @Test func ratesAndStocksAreNeverRated() {
        let c = Comparison.of(current: 90, lastYear: 80, rule: ComparisonRule(), isLevel: true)

        #expect(c == .values(last: 80, current: 90))
    }

    @Test func proseUsesTheMeasurePhraseNotTheStatisticsName() {
        var input = Fixtures.small
        input.areas[0].figures = [seized(89, last: 4)]
        input.areas[0].figures[0].target = TargetFigure(value: 300, refs: [.target("T")])

        let text = PlainTextWriter().text(for: DraftComposer().compose(input))

        #expect(!text.contains("收缴非法出版物件数"))
        #expect(text.contains("非法出版物收缴仅完成全年目标任务的29.7%"))
    }

    @Test func highlightsAreChosenByWeightNotByGrowth() {
        var input = Fixtures.small
        input.areas[0].notables = [
            NotableEntry(title: "小型座谈", figures: [KeyFigure(label: "受众", value: 30, measureWord: "人次")], ref: .entry("1"), weight: 0.01),
            NotableEntry(title: "新春汇演", date: DocDate(year: 2024, month: 2, day: 8), place: "人民广场",
                         figures: [KeyFigure(label: "受众", value: 20_000, measureWord: "人次", phrase: "受众达")], ref: .entry("2"),
                         deed: "举办新春汇演", weight: 0.6),
        ]
        input.template.highlightsPerArea = 1

        let doc = DraftComposer().compose(input)

        guard case .heading(let h)? = doc.block(id: "area-1-item-1") else { Issue.record("no highlight"); return }
        #expect(h.text == "举办新春汇演")
        #expect(doc.block(id: "area-1-item-1-body")?.plainText.contains("2月8日") == true)
        #expect(doc.block(id: "area-1-item-1-body")?.plainText.contains("受众达2万人次") == true)
        #expect(doc.block(id: "area-1-item-2") == nil)
    }

    @Test func creationTopicsAreLevelThreeItemsUnderTheirSubsection() {
        var input = Fixtures.small
        var body = RunBuilder()
        body.text("召开领导小组会议")
        body.count(2, "次", trace: [.record("group_meeting", 1), .record("group_meeting", 2)])
        input.creation = CreationSection(kind: "示范区", lead: [.text("城关镇是示范区创建单位。")],
                                         topics: [CreationTopic(title: "强化组织领导", body: body.runs)])

        let doc = DraftComposer().compose(input)

        #expect(doc.headingLabels["creation"] == "（一）")
        #expect(doc.headingLabels["area-1"] == "（二）")
        #expect(doc.headingLabels["creation-1"] == "1.")
        guard case .heading(let h)? = doc.block(id: "creation") else { Issue.record("no creation"); return }
        #expect(h.text == "示范区创建工作扎实推进")
        #expect(doc.numbers.contains { $0.trace.contains(.record("group_meeting", 2)) })
    }

    @Test func theSamePatternsComeBackOnEveryRun() {
        let a = PlainTextWriter().text(for: DraftComposer().compose(.demo))
        let b = PlainTextWriter().text(for: DraftComposer().compose(.demo))

        #expect(a == b)
    }

    @Test func reportNarrativeHasItsThreeParts() {
        var input = Fixtures.small
        input.period = .month(2024, 3)

        let text = ReportComposer().narrative(input)

        #expect(text.hasPrefix("一、3月重点工作\n"))
        #expect(text.contains("\n二、主要数据\n3月累计开展文艺演出71场") || text.contains("\n二、主要数据\n3月共开展文艺演出71场"))
        #expect(text.contains("\n三、下一步打算\n"))
    }
}
