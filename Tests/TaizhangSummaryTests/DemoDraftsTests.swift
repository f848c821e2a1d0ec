import Foundation
import Testing
import TaizhangDocument
import TaizhangDomain
import TaizhangSummary
import TaizhangText

/// The issue's "done when", on the demo district: for every demo unit and the district's
/// roll-up, 2025H1 and 2026H1 drafts, made on several days (the demo is rebuilt for each
/// day, as a first start on that day would build it).
@Suite struct DemoDraftsTests {
    static let days = [CivilDate(2026, 12, 5), CivilDate(2026, 7, 3), CivilDate(2027, 3, 15)]
    static let periods = [Period.half(2025, 1), .half(2026, 1)]

    struct Draft {
        let name: String
        let subtree: Bool
        let period: Period
        let source: SummarySource
        let input: DraftInput
        let document: SummaryDocument
    }

    /// Built once per day and shared by the tests (a demo build and ~140 drafts a day).
    static let built: [CivilDate: (DemoSource, [Draft])] = Dictionary(uniqueKeysWithValues: days.map { ($0, try! make($0)) })

    static func drafts(_ day: CivilDate) throws -> (DemoSource, [Draft]) { try #require(built[day]) }

    static func make(_ day: CivilDate) throws -> (DemoSource, [Draft]) {
        let demo = try DemoSource(today: day)
        let bureau = demo.data.units[0]
        var scopes: [(TaizhangDomain.Unit, Bool)] = demo.data.units.map { ($0, false) }
        scopes.append((bureau, true))
        scopes += demo.data.tree.children(of: bureau.id).map { ($0, true) }
        var out: [Draft] = []
        for (unit, subtree) in scopes {
            for period in periods where period.start <= day {
                let source = demo.source(unit, period: period, subtree: subtree)
                let input = DraftInputBuilder.build(source)
                out.append(Draft(name: unit.name, subtree: subtree, period: period, source: source, input: input,
                                 document: DraftComposer().compose(input)))
            }
        }
        return (demo, out)
    }

    @Test(arguments: days)
    func everyDraftHasTheStandardStructure(day: CivilDate) throws {
        let (_, drafts) = try Self.drafts(day)
        #expect(drafts.count > 60)
        for d in drafts {
            let headings = d.document.blocks.compactMap { if case .heading(let h) = $0 { h } else { nil } }
            let top = headings.filter { $0.level == 1 }.map(\.text)
            #expect(top == ["上半年工作开展情况", "存在的问题", "下半年工作打算"], "\(d.name) \(d.period)")
            #expect(headings.first?.level == 1 && headings.dropFirst().first?.level == 2, "\(d.name) \(d.period): no （一）")
            #expect(d.document.title.hasSuffix(d.period.chineseLabel + "工作总结" + (d.subtree ? "（汇总）" : "")))
        }
    }

    @Test(arguments: days)
    func checkerAndStyleCheckAreClean(day: CivilDate) throws {
        let (demo, drafts) = try Self.drafts(day)
        // The checker is the slow part: every draft on the first day, the townships' and the
        // roll-ups' on the others.
        for d in drafts where day == Self.days[0] || d.subtree || [.street, .town].contains(demo.unit(named: d.name).kind) {
            let report = SummaryCheck.run(d.document)
            #expect(report.findings.isEmpty, "\(d.name) \(d.period): \(report.findings.map { "\($0.kind) \($0.text)" })")
            let inconsistent = report.checks.filter { !$0.consistent }
            #expect(inconsistent.isEmpty, "\(d.name) \(d.period): \(inconsistent)")
            let due = SummaryDate.due(period: d.period, unit: demo.unit(named: d.name), plans: demo.data.plans)
            let style = StyleCheck.run(d.document, context: StyleContext(period: d.period, catalog: demo.catalog, dueDate: due))
            #expect(style.isEmpty, "\(d.name) \(d.period): \(style.map { "\($0.rule) \($0.blockID ?? "") \($0.text)" })")
        }
    }

    @Test(arguments: days)
    func comparisonsAreTrustworthy(day: CivilDate) throws {
        let (_, drafts) = try Self.drafts(day)
        let rule = ComparisonRule()
        for d in drafts {
            let text = PlainTextWriter().text(for: d.document)
            for m in text.matches(of: /同比(?:增长|下降)([0-9.]+)%/) {
                #expect((Double(m.output.1) ?? 0) < 300, "\(d.name) \(d.period): \(m.output.0)")
            }
            // Every printed rate rests on a base at or above the threshold.
            for f in d.input.areas.flatMap(\.figures) {
                guard let last = f.lastYear, case .rate(let change) = Comparison.of(current: f.value, lastYear: last.value, rule: rule, isLevel: f.isLevel),
                      change != .flat else { continue }
                #expect(last.value >= rule.minBase && abs(change.signedPercent) <= rule.maxPercent)
            }
            #expect(!text.contains("下降100%") && !text.contains("指标下降") && !text.contains("增幅最大"))
        }
    }

    @Test(arguments: days)
    func proseNeverPrintsCatalogNames(day: CivilDate) throws {
        let (demo, drafts) = try Self.drafts(day)
        let raw = demo.catalog.indicators.filter(\.nameIsRaw).map(\.name)
        #expect(raw.contains("收缴非法出版物件数"))
        for d in drafts {
            for block in d.document.blocks {
                guard case .paragraph(let p) = block else { continue }
                let text = p.runs.plainText.replacing(/“[^”]*”/, with: "")
                for name in raw { #expect(!text.contains(name), "\(d.name) \(d.period) \(p.id): \(name)") }
            }
        }
    }

    @Test(arguments: days)
    func plansLieInTheHalfYearAheadAndTheDateAtThePeriodsEnd(day: CivilDate) throws {
        let (demo, drafts) = try Self.drafts(day)
        for d in drafts {
            let next = d.period.next
            for plan in d.input.plans { if let due = plan.dueDate { #expect(next.contains(CivilDate(due.year, due.month, due.day))) } }
            let date = CivilDate(d.document.date.year, d.document.date.month, d.document.date.day)
            let due = SummaryDate.due(period: d.period, unit: demo.unit(named: d.name), plans: demo.data.plans)
            #expect(date == min(due, day), "\(d.name) \(d.period): dated \(date)")
            #expect(d.period.end < due && due < next.end)
        }
    }

    @Test(arguments: days)
    func zonesAndProjectsReportTheirCreationWork(day: CivilDate) throws {
        let (demo, drafts) = try Self.drafts(day)
        let creators = Set(demo.process.creations.map(\.unitID)).map { id in demo.data.units.first { $0.id == id }!.name }
        let cycleStart = demo.process.creations[0].startYear
        for d in drafts where creators.contains(d.name) && !d.subtree && d.period.year >= cycleStart {
            let creation = try #require(d.input.creation, "\(d.name) \(d.period)")
            let titles = creation.topics.map(\.title)
            #expect(titles.contains("强化组织领导") && titles.contains("规范经费管理"), "\(d.name) \(d.period): \(titles)")
            #expect(d.document.headingLabels["creation"] == "（一）")
        }
        for district in drafts where district.subtree && district.name == demo.data.units[0].name && district.period.year >= cycleStart {
            #expect(district.input.creation?.topics.count == creators.count)
        }
        // Before the cycle began there is no creation work to report.
        for d in drafts where d.period.year < cycleStart { #expect(d.input.creation == nil) }
    }

    @Test(arguments: days)
    func everyNumberIsTraced(day: CivilDate) throws {
        let (_, drafts) = try Self.drafts(day)
        for d in drafts {
            for n in d.document.numbers {
                #expect(n.traced && !n.trace.isEmpty, "\(d.name) \(d.period): \(n.text)")
            }
            for block in d.document.blocks {
                guard case .paragraph(let p) = block else { continue }
                for case .text(let t) in p.runs {
                    // Dates, titles and the period's own name are words, not figures.
                    let bare = t.replacing(/“[^”]*”/, with: "").replacing(/（[^）]*）/, with: "").replacing(/[0-9]{4}—[0-9]{4}年/, with: "")
                        .replacing(/[0-9]{4}年/, with: "").replacing(/[0-9]{1,2}月[0-9]{1,2}日/, with: "")
                        .replacing(/[0-9]{1,2}月/, with: "").replacing(/表[0-9]+/, with: "")
                    let digits = bare.filter { $0.isASCII && $0.isNumber }
                    #expect(digits.isEmpty, "\(d.name) \(d.period) \(p.id): \(t)")
                }
            }
        }
    }
}
