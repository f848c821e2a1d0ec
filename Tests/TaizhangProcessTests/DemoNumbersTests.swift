import Foundation
import Testing
import TaizhangDomain
@testable import TaizhangProcess

/// Issue #13 on the demo: a zone that reported everything on time earns the base, and a
/// rate of the district lies between its streets' figures.
@Suite("Demo figures are right")
struct DemoNumbersTests {
    static let today = CivilDate(2026, 11, 21)

    @Test func theZoneEarnsTheBaseInAHalfYearItReportedOnTime() throws {
        let (demo, p) = try DemoProcessFixture.data(Self.today)
        let zone = try #require(p.creations.first { $0.kind == .zone })

        let scores = PublicityScorer.windows(for: zone, rules: PF.rules, through: p.today).map { w in
            PublicityScorer.score(zone, window: w, plans: demo.plans, reports: p.reports, adoptions: p.adoptions, rules: PF.rules,
                                  now: p.today.startInstant())
        }

        let earned = scores.filter { $0.base == 50 }
        #expect(!earned.isEmpty, "\(scores.map { ($0.window.code, $0.base, $0.baseReasons.map(\.zh)) })")
        #expect(earned.allSatisfy { $0.reports.allSatisfy { $0.status == .onTime } && $0.total == 50 + $0.adoptionPoints })
        #expect(scores.allSatisfy { s in s.reports.allSatisfy { $0.period.start >= zone.startsOn } })
    }

    @Test func theDistrictsCoverageRateLiesBetweenItsStreets() throws {
        let (demo, _) = try DemoProcessFixture.data(Self.today)
        let catalog = try Catalog.publicCulture()
        let year = Period.year(2025)
        let townships = demo.units.filter { [.street, .town].contains($0.kind) }.map(\.id)
        let tree = UnitTree(demo.units)
        var values: [String: [DatedValue]] = [:]
        for e in demo.entries where !e.planned && year.contains(e.countsOn) {
            for v in e.values { values[v.indicator, default: []].append(DatedValue(unitID: e.unitID, entryID: 0, date: e.countsOn, value: v.value)) }
        }

        let district = try #require(catalog.totals(values).first { $0.indicator.code == "coverage_rate" })
        let perTownship = townships.compactMap { t -> Double? in
            let inside = Set(tree.subtree(of: t).map(\.id))
            return catalog.totals(values.mapValues { $0.filter { inside.contains($0.unitID) } }).first { $0.indicator.code == "coverage_rate" }?.value
        }

        #expect(!perTownship.isEmpty)
        #expect(perTownship.min()! <= district.value && district.value <= perTownship.max()!)
        #expect(district.value <= 100)
    }
}
