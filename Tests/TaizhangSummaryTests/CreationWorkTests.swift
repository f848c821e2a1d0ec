import Foundation
import Testing
import TaizhangDocument
import TaizhangDomain
import TaizhangProcess
import TaizhangSummary

/// The creation-work section of the demo zone, every number checked against the process
/// records it came from, recomputed here from those records.
@Suite struct CreationWorkTests {
    let demo: DemoSource
    init() throws { demo = try DemoSource(today: CivilDate(2026, 12, 5)) }

    func section(_ name: String, _ period: Period) throws -> (CreationWorkSource, CreationSection, SummarySource) {
        let source = demo.source(demo.unit(named: name), period: period, subtree: false)
        let creation = try #require(source.creation)
        let result = CreationWorkBuilder(source: creation, unitName: name, period: period, asOf: source.writtenOn).build()
        return (creation, result.section, source)
    }

    func numbers(_ topic: CreationTopic) -> [TracedNumber] { topic.body.numbers }

    @Test func fundsAreThoseOfTheHalfYearFundReport() throws {
        let (creation, section, _) = try section("城关街道", .half(2026, 1))
        let plan = try #require(creation.dossier.fundPlan)
        let report = HalfYearFundReport.build(unitName: "城关街道", plan: plan, expenditures: creation.dossier.expenditures,
                                              period: .half(2026, 1), rules: demo.rules)

        let funds = try #require(section.topics.first { $0.title == "规范经费管理" })
        let values = numbers(funds).map(\.value)

        #expect(values.prefix(3) == [123, 72, 51])
        #expect(Double(report.totals.spentInPeriod.central) / 1_000_000 == 72)
        #expect(Double(report.totals.spentInPeriod.local) / 1_000_000 == 51)
        // Each amount is traced to exactly the expenditures it sums.
        for n in numbers(funds) where n.unit == "万元" && n.trace.allSatisfy({ $0.recordKey?.type == "expenditure" }) {
            let ids = Set(n.trace.compactMap(\.recordKey?.id))
            let sum = creation.dossier.expenditures.filter { ids.contains($0.id) }.map(\.amount).reduce(0, +)
            #expect(abs(Double(sum) / 1_000_000 - n.value) < 1e-9, "\(n.text)")
        }
    }

    @Test func meetingsLiaisonAndAdoptionsAreCountedFromTheirRecords() throws {
        let period = Period.half(2026, 1)
        let (creation, section, _) = try section("城关街道", period)
        let meetings = (creation.dossier.group?.meetings ?? []).filter { period.contains($0.date) }
        let adoptions = creation.adoptions.filter { period.contains($0.date) }

        let group = try #require(section.topics.first { $0.title == "强化组织领导" })
        let counted = numbers(group).filter { $0.trace.allSatisfy { $0.recordKey?.type == "group_meeting" } }
        #expect(counted.map(\.value).reduce(0, +) == Double(meetings.count))
        let publicity = try #require(section.topics.first { $0.title == "加强信息宣传" })
        let adopted = try #require(numbers(publicity).first { $0.unit == "篇次" })
        #expect(adopted.value == Double(adoptions.count))
        #expect(Set(adopted.trace) == Set(adoptions.map { SourceRef.record("adoption", $0.id) }))
    }

    @Test func thePublicityScoreIsTheScorersWithItsParts() throws {
        let period = Period.half(2026, 1)
        let (creation, section, source) = try section("城关街道", period)
        let score = PublicityScorer.score(creation.creation, window: .half(period), plans: demo.data.plans, reports: creation.dossier.reports,
                                          adoptions: creation.adoptions, rules: demo.rules, now: source.writtenOn.adding(days: 1).startInstant())

        let publicity = try #require(section.topics.first { $0.title == "加强信息宣传" })
        let text = publicity.body.plainText

        #expect(text.contains("得分\(score.total)分"))
        #expect(text.contains("媒体采用加分\(score.adoptionPoints)分"))
    }

    @Test func theVetoedProjectsFaultsBecomeProblems() throws {
        let source = demo.source(demo.unit(named: ProcessDemo.vetoedUnitName), period: .half(2025, 2), subtree: false)
        let creation = try #require(source.creation)

        let result = CreationWorkBuilder(source: creation, unitName: ProcessDemo.vetoedUnitName, period: .half(2025, 2),
                                         asOf: source.writtenOn).build()

        let texts = result.problems.map(\.text)
        #expect(texts.contains { $0.contains("未确定示范项目联络员") })
        #expect(texts.contains { $0.contains("购置公务用车") && $0.contains("未列入经费使用方案") })
    }

    @Test func plansOfTheCreationFallInTheFollowingHalfYear() throws {
        let (_, _, source) = try section("城关街道", .half(2026, 1))
        let result = CreationWorkBuilder(source: try #require(source.creation), unitName: "城关街道", period: .half(2026, 1),
                                         asOf: source.writtenOn).build()

        #expect(result.plans.contains { $0.text == "按时报送2026年上半年经费使用情况报告和自查报告" })
        #expect(result.plans.allSatisfy { $0.dueDate.map { Period.half(2026, 2).contains(CivilDate($0.year, $0.month, $0.day)) } ?? true })
    }
}

extension CreationWorkTests {
    @Test func aCreationWithFewRecordsHasNoEmptyItems() throws {
        let source = demo.source(demo.unit(named: "城关街道"), period: .half(2026, 1), subtree: false)
        var creation = try #require(source.creation)
        creation.dossier.group = nil
        creation.dossier.fundPlan = nil
        creation.dossier.reports = []
        creation.adoptions = []
        creation.plans = []

        let section = CreationWorkBuilder(source: creation, unitName: "城关街道", period: .half(2026, 1), asOf: source.writtenOn).build().section

        #expect(section.topics.map(\.title) == ["落实联络员制度", "抓好督导整改"])
        #expect(section.topics.allSatisfy { $0.body.plainText.count > 1 })
    }
}
