import Foundation
import Testing
import TaizhangDomain
import TaizhangSummary

@Suite struct ReportingFactsTests {
    let plans: [ReportingPlan]
    let street = TaizhangDomain.Unit(id: 2, parentID: 1, kind: .street, name: "城关街道", flags: [.demoZone])
    init() throws { plans = try ReportingPlan.defaults() }

    @Test func deadlinesAreThoseOfTheFollowingHalfYearWhateverTheDay() {
        let due = ReportingFacts.deadlines(plans: plans, unit: street, window: .half(2026, 2), excluding: .half(2026, 1))

        #expect(!due.isEmpty)
        #expect(due.allSatisfy { Period.half(2026, 2).contains($0.due) })
        // The June report is due on 5 July; the summary itself (2026H1) is left out.
        #expect(due.contains { $0.name == "2026年6月工作动态（月报）" && $0.due == CivilDate(2026, 7, 5) })
        #expect(!due.contains { $0.name.contains("2026年上半年半年工作总结") })
    }

    @Test func lateAndMissingFollowTheMatrixRule() {
        let march = Period.month(2026, 3)
        let first: ReportingFacts.FirstSubmitted = [1: [2: [march.code: CivilDate(2026, 4, 7).startInstant()]]]

        let issues = ReportingFacts.issues(plans: plans.filter { $0.id == 1 }, units: [street], period: .quarter(2026, 1),
                                           firstSubmitted: first, now: CivilDate(2026, 7, 1).startInstant(), naming: false)

        #expect(issues.map(\.kind) == [.missing, .missing, .late])
        #expect(issues.last?.refID == "2:1:2026M03")
    }

    @Test func theSummaryIsDatedAtItsDueDateOrEarlier() {
        #expect(SummaryDate.due(period: .half(2026, 1), unit: street, plans: plans) == CivilDate(2026, 7, 10))
        #expect(SummaryDate.writtenOn(period: .half(2026, 1), unit: street, plans: plans, today: CivilDate(2026, 12, 5)) == CivilDate(2026, 7, 10))
        #expect(SummaryDate.writtenOn(period: .half(2026, 1), unit: street, plans: plans, today: CivilDate(2026, 7, 3)) == CivilDate(2026, 7, 3))
        // A unit no summary plan applies to takes the same rule as the units that report.
        let bureau = TaizhangDomain.Unit(id: 1, parentID: nil, kind: .bureau, name: "局")
        #expect(SummaryDate.due(period: .half(2026, 1), unit: bureau, plans: plans) == CivilDate(2026, 7, 10))
        #expect(SummaryDate.due(period: .half(2026, 1), unit: nil, plans: []) == CivilDate(2026, 7, 10))
    }

    @Test(arguments: [
        ("公共文化设施覆盖情况统计", EntryCategory.other, "完成公共文化设施覆盖情况统计"),
        ("群众文化活动经费拨付", .fund, "做好群众文化活动经费拨付工作"),
        ("“我们的节日·中秋”邻里文化节", .activity, "举办“我们的节日·中秋”邻里文化节"),
        ("宣传文化工作例会", .meeting, "召开宣传文化工作例会"),
        ("查处无证经营出版物案", .enforcement, "查处无证经营出版物案"),
        ("暑期“护苗”专项行动", .inspection, "开展暑期“护苗”专项行动"),
    ])
    func deedsTakeTheRightVerb(title: String, category: EntryCategory, deed: String) {
        #expect(SummaryTemplateSet.shipped.deeds.deed(title: title, category: category) == deed)
    }

    @Test func templatesAndGuidingLinesAreSelectedByUnit() {
        let set = SummaryTemplateSet.shipped

        #expect(set.template(kind: .street, flags: []).area("群众文化活动")?.heading == "群众文化活动丰富多彩")
        #expect(set.guidingLine(name: "城关街道", kind: .street, flags: [.demoZone])?.contains("示范区为抓手") == true)
        #expect(set.guidingLine(name: "白石镇", kind: .town, flags: [])?.contains("乡村文化振兴") == true)
        #expect(set.guidingLine(name: "东湖街道", kind: .street, flags: []) == nil)
    }
}
