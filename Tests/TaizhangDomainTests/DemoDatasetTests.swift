import Foundation
import Testing
@testable import TaizhangDomain

/// Builds each demo dataset once for all tests.
enum DemoFixture {
    static let dates = [CivilDate(2026, 11, 21), CivilDate(2025, 7, 3), CivilDate(2026, 1, 8)]
    private static let built: [CivilDate: Result<DemoData, any Error>] = Dictionary(uniqueKeysWithValues: dates.map { d in
        (d, Result { try DemoDataset.make(today: d) })
    })
    static func data(_ today: CivilDate) throws -> DemoData { try built[today]!.get() }
}

@Suite("Demo dataset")
struct DemoDatasetTests {
    @Test func deterministic() throws {
        let today = CivilDate(2026, 11, 21)

        let first = try DemoDataset.make(today: today)
        let second = try DemoDataset.make(today: today)

        #expect(first == second)
        #expect(first.entries.count == second.entries.count)
    }

    @Test func aDifferentDayMovesTheWindow() throws {
        let november = try DemoFixture.data(CivilDate(2026, 11, 21))
        let july = try DemoFixture.data(CivilDate(2025, 7, 3))

        #expect(november.startDate == CivilDate(2024, 11, 1))
        #expect(july.startDate == CivilDate(2023, 7, 1))
        #expect(november.units.map(\.name) == july.units.map(\.name))
        #expect(november.units[1].creationStartsOn == CivilDate(2025, 1, 1) && july.units[1].creationStartsOn == CivilDate(2024, 1, 1))
        #expect(november.entries != july.entries)
    }

    @Test(arguments: DemoFixture.dates)
    func unitsFormOneDistrictTree(today: CivilDate) throws {
        let data = try DemoFixture.data(today)
        let tree = data.tree
        let root = try #require(data.units.first)

        #expect(data.units.map(\.id) == Array(1...data.units.count))
        #expect(root.parentID == nil && [.bureau, .county].contains(root.kind))
        #expect(Unit.isValidDivisionCode(root.code ?? ""))
        #expect(data.units.dropFirst().allSatisfy { u in u.parentID.map { $0 < u.id } == true })
        #expect(tree.roots == [root.id])
        #expect(tree.subtree(of: root.id).count == data.units.count)
    }

    @Test func realisticShape() throws {
        let data = try DemoFixture.data(CivilDate(2026, 11, 21))
        let count = { (kinds: Set<UnitKind>) in data.units.filter { kinds.contains($0.kind) }.count }

        #expect(count([.street, .town]) == 6)
        #expect(count([.street]) >= 2 && count([.town]) >= 2)
        #expect((35...45).contains(count([.community, .village])))
        #expect(data.units.filter { $0.flags.contains(.demoZone) }.count == 1)
        #expect(data.units.filter { $0.flags.contains(.demoProject) }.count == 1)
        #expect(data.units.filter { $0.flags.contains(.demoZone) }.allSatisfy { $0.kind == .street })
        #expect(data.units.filter { $0.flags.contains(.demoProject) }.allSatisfy { $0.kind == .town })
        #expect(data.units.filter { $0.kind == .village }.allSatisfy { $0.name.hasSuffix("村") })
    }

    @Test func usersCoverEveryRole() throws {
        let data = try DemoFixture.data(CivilDate(2026, 11, 21))
        let usernames = data.users.map(\.username)
        let townships = data.units.filter { [.street, .town].contains($0.kind) }

        #expect(Set(usernames).count == usernames.count)
        #expect(usernames.allSatisfy { $0.allSatisfy(\.isASCII) && !$0.isEmpty })
        #expect(data.users.allSatisfy { $0.password == DemoDataset.password && !$0.grants.isEmpty })
        #expect(data.users.allSatisfy { $0.displayName.unicodeScalars.contains { $0.value > 0x4E00 } })
        #expect(data.users.contains { $0.username == "admin" && $0.grants.contains { $0.role == .admin } })
        #expect(data.users.contains { $0.grants.contains { $0.role == .supervisor && $0.unitID == 1 } })
        for unit in townships {
            for role in [Role.staff, .liaison, .leader] {
                #expect(data.users.contains { $0.grants.contains(RoleGrant(unitID: unit.id, role: role)) }, "\(unit.name) \(role)")
            }
        }
        #expect(data.users.contains { Set($0.grants.map(\.unitID)).count >= 2 })
    }

    @Test(arguments: DemoFixture.dates)
    func everyEntryIsValid(today: CivilDate) throws {
        let data = try DemoFixture.data(today)
        let validator = EntryValidator(catalog: try Catalog.publicCulture())
        let unitIDs = Set(data.units.map(\.id))

        let invalid = data.entries.filter { !validator.problems($0).isEmpty }

        #expect(invalid.isEmpty, "\(invalid.prefix(3))")
        #expect(data.entries.allSatisfy { unitIDs.contains($0.unitID) })
        #expect((500...2500).contains(data.entries.count))
    }

    @Test(arguments: DemoFixture.dates)
    func entriesSpanTwoYearsAndPlansLieAhead(today: CivilDate) throws {
        let data = try DemoFixture.data(today)
        let done = data.entries.filter { !$0.planned }, planned = data.entries.filter(\.planned)

        #expect(done.allSatisfy { $0.date >= data.startDate && $0.countsOn <= today })
        #expect(try #require(done.map(\.date).min()).days(until: today) > 700)
        #expect(planned.count >= 6 && planned.allSatisfy { $0.date > today && $0.values.isEmpty })
        #expect(data.entries.contains { $0.source == .api })
        #expect(Double(data.entries.filter { $0.source == .typed }.count) > 0.9 * Double(data.entries.count))
        #expect(data.entries.contains { $0.values.contains { $0.qualifier == "余" } })
    }

    @Test func springFestivalIsThePeak() throws {
        let data = try DemoFixture.data(CivilDate(2026, 11, 21))
        func audience(_ month: Period) -> Double {
            data.entries.filter { !$0.planned && month.contains($0.countsOn) }
                .flatMap(\.values).filter { $0.indicator == "audience" }.reduce(0) { $0 + $1.value }
        }

        let festival = audience(.month(2026, 2)), ordinary = audience(.month(2026, 3))

        #expect(festival > ordinary * 1.3)
    }

    @Test func plansAndRulesLoadAndRoundTrip() throws {
        let plans = try ReportingPlan.defaults(), rules = try ValidationRule.defaults()
        let units = DemoLayout.build().units

        let again = try JSONDecoder().decode([ReportingPlan].self, from: JSONEncoder().encode(plans))

        #expect(again == plans)
        #expect(Set(plans.map(\.id)).count == plans.count && Set(rules.map(\.id)).count == rules.count)
        #expect(plans.allSatisfy { plan in units.contains { plan.applies(to: $0) } })
        #expect(plans.contains { $0.periodKind == .month && $0.appliesTo.kinds == [.street, .town] && $0.dueRule == .dayOfNextMonth(5) })
        #expect(plans.contains { $0.periodKind == .halfYear && $0.appliesTo.kinds.contains(.street) && $0.dueRule == .daysAfterPeriodEnd(10) })
        #expect(plans.filter { $0.appliesTo.flags == [.demoZone] }.map(\.periodKind).sorted { $0.rawValue < $1.rawValue }
                == [.month, .quarter, .quarter, .quarter])
        #expect(plans.filter { $0.appliesTo.flags == [.demoProject] }.map(\.periodKind).sorted { $0.rawValue < $1.rawValue }
                == [.halfYear, .halfYear, .halfYear, .quarter])
        #expect(rules.contains { $0.severity == .block && $0.left.indicatorCodes == ["cases_closed"] && $0.op == .le })
    }

    @Test func ruleIndicatorsAreInTheCatalog() throws {
        let catalog = try Catalog.publicCulture()

        let codes = try ValidationRule.defaults().flatMap { $0.left.indicatorCodes + $0.right.indicatorCodes }

        #expect(!codes.isEmpty && codes.allSatisfy { catalog[$0] != nil })
    }

    @Test(arguments: DemoFixture.dates)
    func submissionHistoriesAreConsistent(today: CivilDate) throws {
        let data = try DemoFixture.data(today)
        let cutoff = today.startInstant()
        let plans = Dictionary(uniqueKeysWithValues: data.plans.map { ($0.id, $0) })
        let keys = data.submissions.map { "\($0.unitID)/\($0.planID)/\($0.period.code)" }

        #expect(Set(keys).count == keys.count)
        for s in data.submissions {
            let plan = try #require(plans[s.planID])
            #expect(s.status != nil, "\(s.period) \(s.events.map(\.action))")
            #expect(plan.applies(to: s.period) && plan.applies(to: data.tree[s.unitID]!))
            #expect(zip(s.events, s.events.dropFirst()).allSatisfy { $0.at < $1.at })
            #expect(s.events.allSatisfy { $0.at < cutoff && (!$0.action.needsComment || $0.comment?.isEmpty == false) })
            #expect(s.events.allSatisfy { (8...17).contains(Calendar.beijing.component(.hour, from: $0.at)) })
            #expect(!s.narrative.isEmpty)
        }
    }

    @Test(arguments: DemoFixture.dates)
    func timelinessVaries(today: CivilDate) throws {
        let data = try DemoFixture.data(today)
        var total = ReportingMatrix.Stats(), notDue = 0, late = 0

        for plan in data.plans {
            let periods = Period.range(.containing(data.startDate, kind: plan.periodKind), through: .containing(today, kind: plan.periodKind))
                .filter { $0.start >= data.startDate }
            let first = Dictionary(grouping: data.submissions.filter { $0.planID == plan.id }, by: \.unitID)
                .mapValues { subs in Dictionary(uniqueKeysWithValues: subs.compactMap { s in s.firstSubmittedAt.map { (s.period.code, $0) } }) }
            let matrix = ReportingMatrix.compute(plan: plan, units: data.units, periods: periods, firstSubmitted: first,
                                                 now: today.startInstant())
            total.expected += matrix.total.expected; total.actual += matrix.total.actual; total.onTime += matrix.total.onTime
            notDue += matrix.rows.flatMap(\.cells).filter { $0.status == .notDue }.count
            late += matrix.rows.flatMap(\.cells).filter { $0.status == .late }.count
        }

        let missing = total.expected - total.actual
        #expect(total.expected >= 150)
        #expect(late > 0 && missing > 0)
        #expect(Double(total.onTime) > 0.75 * Double(total.expected))
        #expect(Double(missing) < 0.1 * Double(total.expected))
        #expect(notDue > 0)
    }

    @Test(arguments: DemoFixture.dates)
    func statusesOfTheLatestPeriodsAreMixed(today: CivilDate) throws {
        let data = try DemoFixture.data(today)

        let statuses = data.submissions.compactMap(\.status)

        #expect(statuses.filter { $0 == .accepted }.count > statuses.count * 3 / 4)
        #expect(statuses.contains(.draft) && statuses.contains(.submitted) && statuses.contains(.leaderApproved))
        #expect(data.submissions.contains { s in s.status == .accepted && s.events.contains { $0.action == .return } })
    }

    @Test(arguments: DemoFixture.dates)
    func snapshotsPassTheBlockingRules(today: CivilDate) throws {
        let data = try DemoFixture.data(today)

        let failing = data.submissions.filter { s in
            data.validationRules.evaluate(Dictionary(uniqueKeysWithValues: s.values.map { ($0.indicator, $0.value) }))
                .results.contains { !$0.passed }
        }

        #expect(failing.isEmpty)
        #expect(data.submissions.filter { !$0.values.isEmpty }.count > data.submissions.count / 2)
    }

    @Test func targetProgressVaries() throws {
        let today = CivilDate(2026, 11, 21)
        let data = try DemoFixture.data(today)
        let year = Period.year(today.year)
        let schedule = ScheduleProgress(slackPoints: 10)
        let catalog = try Catalog.publicCulture()
        var behindByUnit: [Int: Int] = [:]

        for target in data.targets where target.period == year {
            let values = data.entries.filter { $0.unitID == target.unitID && !$0.planned && year.contains($0.countsOn) }
                .flatMap { e in e.values.filter { $0.indicator == target.indicatorCode }.map { (date: e.countsOn, value: $0.value) } }
            let actual = catalog[target.indicatorCode]!.aggregation.apply(values) ?? 0
            if schedule.judge(actual: actual, target: target.value, period: year, asOf: today).behind { behindByUnit[target.unitID, default: 0] += 1 }
        }

        let townships = data.units.filter { [.street, .town].contains($0.kind) }.map(\.id)
        #expect(Set(data.targets.map(\.period)) == [year, .half(today.year, 1), .half(today.year, 2)])
        #expect(townships.allSatisfy { id in data.targets.filter { $0.unitID == id && $0.period == year }.count >= 6 })
        #expect(townships.filter { (behindByUnit[$0] ?? 0) >= 6 }.count == 1)
        #expect(townships.filter { (behindByUnit[$0] ?? 0) <= 2 }.count >= 4)
    }

    @Test func notesBelongToUnitsAndUsers() throws {
        let data = try DemoFixture.data(CivilDate(2026, 11, 21))
        let usernames = Set(data.users.map(\.username))

        #expect(!data.notes.isEmpty)
        #expect(data.notes.allSatisfy { usernames.contains($0.username) && data.tree[$0.unitID] != nil && !$0.text.isEmpty })
    }

    @Test func splitMixIsTheReferenceSequence() {
        var rng = SplitMix64(seed: 0)

        let first = (rng.next(), rng.next(), rng.next())

        #expect(first == (0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F))
    }
}

extension Calendar {
    static let beijing: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = .china
        return c
    }()
}
