import Testing
@testable import TaizhangDocument

/// The structure a draft must have (SPEC §5): 一、 work with （一） per area and 1. per
/// highlight, 二、存在的问题, 三、工作打算, signature and date.
struct DraftComposerTests {
    func headings(_ doc: SummaryDocument) -> [(Int, String)] {
        doc.blocks.compactMap { if case .heading(let h) = $0 { (h.level, h.text) } else { nil } }
    }

    @Test func writesTheThreePartStructure() {
        let input = Fixtures.small

        let doc = DraftComposer().compose(input)

        #expect(doc.title == "城关镇文化站2024年上半年工作总结")
        let h = headings(doc)
        #expect(h.filter { $0.0 == 1 }.map(\.1) == ["上半年工作开展情况", "存在的问题", "下半年工作打算"])
        #expect(h.map(\.0) == [1, 2, 3, 1, 1])
        #expect(doc.blocks.first?.id == "opening")
        #expect(doc.signature == "城关镇文化站")
        #expect(doc.date.chinese == "2024年7月5日")
    }

    @Test func headingsFollowTheOutlineHierarchy() {
        let labels = DraftComposer().compose(Fixtures.small).headingLabels

        #expect(labels["work"] == "一、")
        #expect(labels["area-1"] == "（一）")
        #expect(labels["area-1-item-1"] == "1.")
        #expect(labels["problems"] == "二、")
        #expect(labels["plans"] == "三、")
    }

    @Test func templateNamesTheAreaAndItsFocus() {
        var input = Fixtures.small
        input.template.areas = [AreaStyle(name: "群众文化活动", heading: "群众文化活动丰富多彩", focus: "丰富群众精神文化生活")]
        input.areas[0].work = AreaWork(activities: [ActivityGroup(name: "“百姓大舞台”周末文艺汇演", count: 3, refs: [.entry("12")])],
                                       noun: "活动", placeCount: 2, placeRefs: [.entry("12"), .entry("15")])

        let doc = DraftComposer().compose(input)

        #expect(headings(doc)[1].1 == "群众文化活动丰富多彩")
        let text = doc.block(id: "area-1-figures")?.plainText ?? ""
        #expect(text.hasPrefix("上半年，"))
        #expect(text.contains("丰富群众精神文化生活，"))
        #expect(text.contains("“百姓大舞台”周末文艺汇演活动，覆盖辖区2个活动点位。"))
    }

    @Test func openingStatesPeriodUnitGuidingLineAndResults() {
        var input = Fixtures.small
        input.guidingLine = "坚持以人民为中心的工作导向，以创建示范区为抓手"

        let opening = DraftComposer().compose(input).block(id: "opening")?.plainText ?? ""

        #expect(opening.hasPrefix("2024年上半年，城关镇文化站坚持以人民为中心的工作导向，以创建示范区为抓手，"))
        #expect(opening.contains("群众文化活动"))
        #expect(opening.contains("上半年共开展文艺演出71场。"))
        #expect(opening.contains("1项目标任务达到序时进度。"))
        #expect(opening.hasSuffix("现将有关情况总结如下。"))
        #expect(!opening.contains("指标增长") && !opening.contains("指标下降") && !opening.contains("增幅最大"))
    }

    @Test func problemsAndPlansComeFromTheInput() {
        let doc = DraftComposer().compose(Fixtures.small)

        #expect(doc.block(id: "problems-body")?.plainText
            == "一是整改落实仍需加快，1项整改事项尚未销号（图书室开放时间公示不规范）。")
        #expect(doc.block(id: "plans-body")?.plainText
            == "一是对照全年目标任务，抓紧推进文艺演出（尚差19场）工作，确保全年任务按期完成；二是严格落实信息报送制度，按时报送第三季度工作动态（10月5日前）。")
    }

    @Test func plansOutsideTheFollowingPeriodAreLeftOut() {
        var input = Fixtures.small
        input.plans += [PlanItem(text: "举办元旦联欢", dueDate: DocDate(year: 2025, month: 1, day: 1)),
                        PlanItem(text: "举办端午汇演", dueDate: DocDate(year: 2024, month: 6, day: 10)),
                        PlanItem(text: "举办中秋晚会", dueDate: DocDate(year: 2024, month: 9, day: 17))]

        let plans = DraftComposer().compose(input).block(id: "plans-body")?.plainText ?? ""

        #expect(plans.contains("举办中秋晚会（9月17日）"))
        #expect(!plans.contains("元旦") && !plans.contains("端午"))
    }

    @Test func flagsTargetsBehindSchedule() {
        var input = Fixtures.small
        input.areas[0].figures[0].target = TargetFigure(value: 200, refs: [.target("T-9")])

        let doc = DraftComposer().compose(input)

        #expect(doc.block(id: "problems-body")?.plainText.contains("二是部分目标任务进度滞后，文艺演出仅完成全年目标任务的35.5%，低于50%的序时进度") == true)
    }

    @Test func saysWhatWasCheckedWhenThereAreNoProblems() {
        var input = Fixtures.small
        input.problems = []

        let text = DraftComposer().compose(input).block(id: "problems-body")?.plainText ?? ""

        #expect(text.hasPrefix("对照工作台账、报送记录和整改事项，本期未发现迟报漏报和未销号的整改事项，1项目标任务均达到序时进度"))
        input.areas[0].figures[0].target = nil
        #expect(DraftComposer().compose(input).block(id: "problems-body")?.plainText.contains("目标任务") == false)
    }

    @Test func aUnitWithoutEntriesGetsAnHonestShortDraft() {
        let input = DraftInput(unitName: "临江区文化和旅游局", period: .halfYear(2026), writtenOn: DocDate(year: 2026, month: 7, day: 10), areas: [])

        let doc = DraftComposer().compose(input)

        let text = PlainTextWriter().text(for: doc)
        #expect(text.contains("暂无已登记的工作记录"))
        #expect(!text.contains("序时进度") && !text.contains("同比"))
        #expect(headings(doc).map(\.0) == [1, 2, 1, 1])
    }

    @Test(arguments: [
        (DraftPeriod.year(2024), "城关镇文化站2024年工作总结", "今年", "2025年工作打算"),
        (DraftPeriod.quarter(2024, 1), "城关镇文化站2024年第一季度工作总结", "一季度", "下一季度工作打算"),
        (DraftPeriod.halfYear(2024), "城关镇文化站2024年上半年工作总结", "上半年", "下半年工作打算"),
        (DraftPeriod.halfYear(2024, first: false), "城关镇文化站2024年下半年工作总结", "下半年", "2025年上半年工作打算"),
    ])
    func followsThePeriod(_ period: DraftPeriod, _ title: String, _ prefix: String, _ plans: String) {
        var input = Fixtures.small
        input.period = period

        let doc = DraftComposer().compose(input)

        #expect(doc.title == title)
        #expect(doc.block(id: "area-1-figures")?.plainText.hasPrefix(prefix) == true)
        #expect(doc.block(id: "plans").map { if case .heading(let h) = $0 { h.text } else { "" } } == plans)
    }

    @Test func rollUpsGetTheirOwnTitle() {
        var input = Fixtures.small
        input.rollUp = RollUp(childWord: "社区", childCount: 8, refs: [SourceRef(.unit, "2")])

        let doc = DraftComposer().compose(input)

        #expect(doc.title == "城关镇文化站2024年上半年工作总结（汇总）")
        #expect(doc.block(id: "opening")?.plainText.hasPrefix("2024年上半年，城关镇文化站指导所属8个社区，") == true)
    }
}
