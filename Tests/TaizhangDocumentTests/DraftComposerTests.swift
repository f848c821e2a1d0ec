import Testing
@testable import TaizhangDocument

struct DraftComposerTests {
    @Test func writesTitleSectionsAndClosing() {
        let input = Fixtures.small

        let doc = DraftComposer().compose(input)

        #expect(doc.title == "城关镇文化站2024年上半年工作总结")
        let headings = doc.blocks.compactMap { if case .heading(let h) = $0 { h } else { nil } }
        #expect(headings.map(\.text) == ["群众文化活动", "存在的问题", "下半年工作打算"])
        #expect(headings.allSatisfy { $0.level == 1 })
        #expect(doc.signature == "城关镇文化站")
        #expect(doc.date.chinese == "2024年7月5日")
    }

    @Test func writesFiguresAsOfficialsDo() {
        let doc = DraftComposer().compose(Fixtures.small)

        let text = doc.block(id: "area-1-figures")?.plainText
        #expect(text == "上半年共开展文艺演出71场，同比增长18.3%，完成全年目标任务的78.9%；受众达14余万人次。")
    }

    @Test func openingIsBuiltFromData() {
        let doc = DraftComposer().compose(Fixtures.small)

        let opening = doc.block(id: "opening")?.plainText ?? ""
        #expect(opening.hasPrefix("2024年上半年，城关镇文化站共登记工作台账2条，主要涉及群众文化活动工作。"))
        #expect(opening.contains("与去年同期相比，1项指标增长。"))
        #expect(opening.contains("1项目标任务中，1项达到序时进度。"))
    }

    @Test func problemsAndPlansComeFromTheInput() {
        let doc = DraftComposer().compose(Fixtures.small)

        #expect(doc.block(id: "problems-body")?.plainText
            == "一是整改落实仍需加快，1项整改事项尚未销号（图书室开放时间公示不规范）。")
        #expect(doc.block(id: "plans-body")?.plainText
            == "一是确保完成文艺演出全年目标任务（尚差19场）；二是按时完成报送任务：报送第三季度工作动态（10月5日前）。")
    }

    @Test func flagsTargetsBehindSchedule() {
        var input = Fixtures.small
        input.areas[0].figures[0].target = TargetFigure(value: 200, refs: [.target("T-9")])

        let doc = DraftComposer().compose(input)

        #expect(doc.block(id: "problems-body")?.plainText.contains("二是部分目标任务进度滞后，文艺演出完成全年目标任务的35.5%，低于序时进度") == true)
    }

    @Test func saysSoWhenThereAreNoProblems() {
        var input = Fixtures.small
        input.problems = []

        let doc = DraftComposer().compose(input)

        #expect(doc.block(id: "problems-body")?.plainText.hasPrefix("本期台账中无未销号的整改事项") == true)
    }

    @Test(arguments: [
        (DraftPeriod.year(2024), "城关镇文化站2024年工作总结", "今年共开展文艺演出71场", "2025年工作打算"),
        (DraftPeriod.quarter(2024, 1), "城关镇文化站2024年第一季度工作总结", "一季度共开展文艺演出71场", "下一步工作打算"),
        (DraftPeriod.halfYear(2024), "城关镇文化站2024年上半年工作总结", "上半年共开展文艺演出71场", "下半年工作打算"),
    ])
    func followsThePeriod(_ period: DraftPeriod, _ title: String, _ opening: String, _ plans: String) {
        var input = Fixtures.small
        input.period = period

        let doc = DraftComposer().compose(input)

        #expect(doc.title == title)
        #expect(doc.block(id: "area-1-figures")?.plainText.hasPrefix(opening) == true)
        #expect(doc.block(id: "plans").map { if case .heading(let h) = $0 { h.text } else { "" } } == plans)
    }

    @Test func namesNotableEntriesWithEvidenceFirst() {
        var input = Fixtures.small
        input.areas[0].notables += (1...5).map {
            NotableEntry(title: "活动\($0)", figures: [KeyFigure(label: "受众", value: Double($0 * 10_000), measureWord: "人次")],
                         ref: .entry("N\($0)"))
        }

        let doc = DraftComposer(maxNotablesPerArea: 2).compose(input)

        let text = doc.block(id: "area-1-notables")?.plainText ?? ""
        #expect(text.contains("“广场文艺汇演 <第1场> & ‘夏夜’”"))
        #expect(text.contains("“活动5”"))
        #expect(!text.contains("“活动4”"))
    }

    @Test func ranksUnitsInATable() {
        var input = Fixtures.small
        input.rankings = [RankingInput(title: "各村文艺演出开展情况", indicator: "文艺演出", measureWord: "场", rows: [
            RankingRow(unitName: "甲村", value: 10, refs: [SourceRef(.unit, "a")]),
            RankingRow(unitName: "乙村", value: 30, refs: [SourceRef(.unit, "b")]),
            RankingRow(unitName: "丙村", value: 10, refs: [SourceRef(.unit, "c")]),
        ])]

        let doc = DraftComposer().compose(input)

        guard case .table(let table)? = doc.block(id: "ranking-1-table") else {
            Issue.record("no ranking table")
            return
        }
        #expect(table.rows.map { $0.map(\.plainText) } == [["1", "乙村", "30", "60%"], ["2", "甲村", "10", "20%"], ["2", "丙村", "10", "20%"]])
        #expect(doc.block(id: "ranking-1-lead")?.plainText == "三个单位文艺演出合计50场，其中乙村以30场居首。各单位情况见下表。")
    }
}
