import Testing
import TaizhangDocument
import TaizhangDomain
import TaizhangSummary

/// A hospital department's half-year draft under the hospital pack (SPEC §7): its rates
/// derived from the counts and traced to the entries behind them, the template's headings,
/// the rhythm's shortfall among the problems, and nothing the checker finds.
@Suite("Drafts under a rule pack")
struct PackDraftTests {
    static let pack = try! RulePacks.shipped().first { $0.code == RulePacks.hospitalInfection }!
    static let h1 = Period.half(2026, 1)

    /// Six months of a 院感科: four self-checks a month but three in April, two supervisions,
    /// a theme inspection except in May and June, a monthly circular with the month's
    /// counts, a hand-hygiene observation.
    static func source() -> SummarySource {
        var entries: [SourceEntry] = []
        func add(_ title: String, _ day: CivilDate, _ values: [(String, Double)]) {
            entries.append(SourceEntry(id: entries.count + 1, unitID: 6, title: title, category: .inspection, countsOn: day,
                                       values: values.map { IndicatorValue(indicator: $0.0, value: $0.1) }))
        }
        for m in 1...6 {
            for k in 0..<(m == 4 ? 3 : 4) { add("传染病上报管理自查", CivilDate(2026, m, 3 + 7 * k), [("reporting_self_checks", 1)]) }
            for k in 0..<2 { add("医院感染管理督察", CivilDate(2026, m, 6 + 10 * k), [("infection_supervisions", 1)]) }
            if m != 5 && m != 6 { add("主题活动检查", CivilDate(2026, m, 26), [("theme_inspections", 1)]) }
            add("\(m)月传染病及院感上报情况通报", CivilDate(2026, m, 27),
                [("reporting_circulars", 1), ("notifiable_reported", 50), ("notifiable_late", m == 2 ? 4 : 1), ("notifiable_missed", 0),
                 ("infection_cases", 4), ("discharged_patients", 1_800)])
            add("手卫生依从性调查", CivilDate(2026, m, 15), [("hand_hygiene_opportunities", 200), ("hand_hygiene_performed", 172)])
        }
        return SummarySource(unitID: 6, unitName: "临江区人民医院院感科", unitKind: .department, period: h1, writtenOn: CivilDate(2026, 7, 3),
                             catalog: try! Catalog.publicCulture(), entries: entries)
    }

    @Test func ratesAreDerivedFromTheCountsAndTraced() throws {
        let input = DraftInputBuilder.build(Self.source(), pack: Self.pack)
        let figures = input.areas.flatMap(\.figures)
        func figure(_ name: String) throws -> DraftFigure { try #require(figures.first { $0.indicator == name }, "\(name)") }

        #expect(try figure("传染病漏报率").value == 0)
        #expect(abs(try figure("传染病报告及时率").value - (300.0 - 9) / 300 * 100) < 1e-9)
        #expect(abs(try figure("医院感染发病率").value - 24.0 / 10_800 * 100) < 1e-9)
        #expect(try figure("手卫生依从率").value == 86)
        #expect(try figure("手卫生依从率").entries.count == 6)
        #expect(!figures.contains { $0.indicator == "出院人数" || $0.indicator == "手卫生时机" })
        #expect(!figures.contains { $0.indicator == "文艺演出场次" })
    }

    @Test func theAreasAreThePacksGroupsAndTheRhythmIsChecked() {
        let input = DraftInputBuilder.build(Self.source(), pack: Self.pack)

        #expect(input.areas.map(\.name) == ["传染病报告管理", "医院感染监测", "手卫生与标准预防"])
        #expect(input.template.code == "hospital_infection")
        #expect(input.problems.map(\.text) == ["四月份自查传染病上报管理工作三次，未达到“每月自查传染病上报管理工作不少于四次”的要求",
                                              "五、六月份主题活动检查不足，未达到“每月月底开展主题活动检查一次”的要求"])
    }

    @Test func theDraftIsTracedAndCheckerClean() {
        let doc = DraftComposer().compose(DraftInputBuilder.build(Self.source(), pack: Self.pack))
        let text = PlainTextWriter().text(for: doc)

        #expect(doc.numbers.allSatisfy { $0.traced && !$0.trace.isEmpty })
        #expect(text.contains("暂无传染病漏报"), "a missed-report rate of 0 % reads as none missed")
        #expect(!text.contains("传染病漏报、传染病漏报"), "the zero count and its zero rate share one subject, named once")
        #expect(text.contains("传染病报告管理规范有序") && !text.contains("公共文化"), "the hospital template's headings and guiding line")
        #expect(SummaryCheck.run(doc).findings.isEmpty, "\(SummaryCheck.run(doc).findings)")
        #expect(Self.pack.checks.compactMap { $0.finding(in: text) }.isEmpty)
    }
}
