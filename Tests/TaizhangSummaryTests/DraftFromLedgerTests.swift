import Foundation
import Testing
import TaizhangDocument
import TaizhangDomain
import TaizhangSummary
import TaizhangText

@Suite struct DraftFromLedgerTests {
    let demo: DemoSource
    init() throws { demo = try DemoSource() }

    func draft(_ name: String, subtree: Bool, period: Period = .half(2024, 1)) -> (DraftInput, SummaryDocument) {
        let input = DraftInputBuilder.build(demo.source(demo.unit(named: name), period: period, subtree: subtree))
        return (input, DraftComposer().compose(input))
    }

    @Test(arguments: ["城关街道", "沙门镇", "东湖街道"])
    func generatedDraftPassesTheChecker(name: String) {
        // Setup / act
        let (_, document) = draft(name, subtree: true)
        let report = SummaryCheck.run(document)
        // Assert
        #expect(report.findings.isEmpty, "\(report.findings.map { "\($0.kind) \($0.text) \($0.message)" })")
        let inconsistent = report.checks.filter { !$0.consistent }
        #expect(inconsistent.isEmpty, "\(inconsistent)")
        #expect(document.title == "\(name)2024年上半年工作总结（汇总）")
    }

    @Test func figuresEqualTheLedgerRecomputedIndependently() throws {
        // Setup
        let unit = demo.unit(named: "城关街道")
        let units = Set(demo.data.tree.subtree(of: unit.id).map(\.id))
        let period = Period.half(2024, 1)
        // Act
        let (input, document) = draft("城关街道", subtree: true)
        // Assert: every summed figure is the plain sum over the demo ledger, and the
        // number printed for it in the document carries that value and those entries.
        let figures = input.areas.flatMap(\.figures).filter { $0.aggregation == .sum }
        #expect(figures.count >= 5)
        for figure in figures {
            let code = try #require(demo.catalog.indicators.first { $0.name == figure.indicator }?.code)
            var expected = 0.0
            var ids = Set<String>()
            for (i, e) in demo.data.entries.enumerated()
            where units.contains(e.unitID) && !e.planned && period.contains(e.countsOn) {
                for v in e.values where v.indicator == code { expected += v.value; ids.insert(String(i + 1)) }
            }
            #expect(abs(figure.value - expected) < 1e-9, "\(figure.indicator)")
            #expect(Set(figure.entries.map(\.id)) == ids)
            let printed = document.numbers.first { Set($0.trace) == Set(figure.entryRefs) && $0.unit == figure.measureWord }
            #expect(printed.map { abs($0.value - expected) < 1e-9 } == true, "\(figure.indicator) not printed with its value")
        }
    }

    @Test func lastYearAndTargetsAreAttached() {
        let (input, _) = draft("城关街道", subtree: false)
        let figures = input.areas.flatMap(\.figures)
        #expect(figures.contains { $0.lastYear != nil })
        #expect(figures.allSatisfy { $0.lastYear?.refs.allSatisfy { $0.kind == .lastYear } ?? true })
        #expect(figures.contains { $0.target != nil })
    }

    @Test func rollUpRanksTheChildren() throws {
        let (input, document) = draft("城关街道", subtree: true)
        let ranking = try #require(input.rankings.first)
        // Every child and the street's own work (本级), so the rows add up to the area's figure.
        #expect(ranking.rows.count == demo.data.tree.children(of: demo.unit(named: "城关街道").id).count + 1)
        #expect(ranking.rows.contains { $0.unitName == "城关街道本级" })
        let figure = try #require(input.areas.flatMap(\.figures).first { $0.indicator == ranking.indicator })
        #expect(abs(ranking.rows.map(\.value).reduce(0, +) - figure.value) < 1e-9)
        #expect(ranking.rows.map(\.value) == ranking.rows.map(\.value).sorted(by: >))
        #expect(document.blocks.contains { if case .table = $0 { true } else { false } })
        // A unit's own draft has no ranking.
        #expect(draft("城关街道", subtree: false).0.rankings.isEmpty)
    }

    @Test func problemsAndPlansComeFromTheSource() {
        var source = demo.source(demo.unit(named: "城关街道"), period: .half(2024, 1), subtree: false)
        source.reports = [ReportIssue(kind: .late, name: "2024年4月工作动态", refID: "2:1:2024M04")]
        source.rectifications = [OpenRectification(id: 3, title: "文化站图书室开放时间公示不规范", dueDate: CivilDate(2024, 8, 10))]
        source.returns = [ReturnedReport(name: "2024年5月工作动态（月报）", comment: "数据与台账不符", submissionID: 9)]
        let input = DraftInputBuilder.build(source)
        let document = DraftComposer().compose(input)
        #expect(input.problems.map(\.source).contains(.rectification))
        #expect(input.problems.map(\.source).contains(.lateReport))
        #expect(input.plans.contains { $0.kind == .rectification && $0.dueDate == DocDate(year: 2024, month: 8, day: 10) })
        #expect(input.plans.contains { $0.kind == .deadline && $0.text == "工作动态（月报）" && $0.schedule == "每月5日前" })
        let text = PlainTextWriter().text(for: document)
        #expect(text.contains("文化站图书室开放时间公示不规范"))
        #expect(text.contains("2024年5月工作动态（月报）被退回修改（退回意见：“数据与台账不符”）"))
        #expect(text.contains("按时报送工作动态（月报，每月5日前）"))
    }

    @Test(arguments: [Period.quarter(2024, 2), .year(2023)])
    func otherPeriodsDraftToo(period: Period) {
        let (_, document) = draft("沙门镇", subtree: true, period: period)
        #expect(document.title.hasPrefix("沙门镇" + period.chineseLabel))
        #expect(SummaryCheck.run(document).findings.isEmpty)
    }

    @Test func monthlyReportNarrativeIsPrefilled() {
        let source = demo.source(demo.unit(named: "东湖街道"), period: .month(2024, 5), subtree: false)

        let text = ReportNarrative.draft(source)

        #expect(text.hasPrefix("一、5月重点工作\n"))
        #expect(text.contains("\n二、主要数据\n5月"))
        #expect(text.contains("\n三、下一步打算\n"))
        #expect(!text.contains("文艺演出场次"))
        #expect(ReportNarrative.prefills(demo.data.plans[0]) && !ReportNarrative.prefills(demo.data.plans[1]))
    }

    @Test func approximateValuesKeepTheSumApproximate() {
        let source = SummarySource(
            unitID: 1, unitName: "测试社区", period: .half(2024, 1), writtenOn: CivilDate(2024, 7, 5), catalog: demo.catalog,
            entries: [
                SourceEntry(id: 1, unitID: 1, title: "广场舞展演", countsOn: CivilDate(2024, 3, 1),
                            values: [IndicatorValue(indicator: "audience", value: 700, qualifier: "余")]),
                SourceEntry(id: 2, unitID: 1, title: "端午汇演", countsOn: CivilDate(2024, 6, 10),
                            values: [IndicatorValue(indicator: "audience", value: 1200)]),
            ])
        let figure = DraftInputBuilder.build(source).areas[0].figures[0]
        #expect(figure.value == 1900)
        #expect(figure.qualifier == .yu)
    }
}
