import Foundation
import Testing
@testable import TaizhangDomain

/// The database folds each unit's values (count, sum, max, latest) and the totals are
/// rolled up from the folds: the same figures as from the values themselves.
@Suite struct ValueFoldTests {
    static let catalog = try! Catalog.publicCulture()

    static func value(_ unit: Int, _ v: Double, _ day: Int, entry: Int, _ q: String? = nil) -> DatedValue {
        DatedValue(unitID: unit, entryID: entry, date: CivilDate(2025, 6, day), value: v, qualifier: q)
    }

    @Test func totalsFromFoldsEqualTotalsFromValues() {
        // setup: sums, a weighted rate, a stock with two values on its last day, a qualifier
        let values: [String: [DatedValue]] = [
            "performances": [Self.value(2, 3, 1, entry: 1), Self.value(2, 2, 9, entry: 2), Self.value(3, 4, 5, entry: 3)],
            "audience": [Self.value(2, 1200, 1, entry: 1), Self.value(3, 800, 5, entry: 3, "余")],
            "coverage_rate": [Self.value(2, 90, 3, entry: 4), Self.value(3, 80, 3, entry: 5), Self.value(3, 70, 20, entry: 6)],
            "communities_total": [Self.value(2, 30, 3, entry: 4), Self.value(3, 10, 3, entry: 5)],
            "library_holdings": [Self.value(2, 1000, 1, entry: 7), Self.value(2, 1200, 20, entry: 8), Self.value(2, 1100, 20, entry: 9),
                                 Self.value(3, 500, 5, entry: 10)],
        ]
        // act
        let listed = Self.catalog.totals(values)
        let folded = Self.catalog.totals(folds: Catalog.folds(values))
        // assert
        #expect(listed.count == 5)
        #expect(listed.map(\.indicator.code) == folded.map(\.indicator.code))
        #expect(listed.map(\.value) == folded.map(\.value))
        #expect(listed.map(\.perUnit) == folded.map(\.perUnit))
        #expect(listed.map(\.method) == folded.map(\.method))
        #expect(listed.map(\.approximate) == folded.map(\.approximate))
        #expect(folded.first { $0.indicator.code == "library_holdings" }?.value == 1600)
        #expect(folded.allSatisfy { $0.parts.isEmpty && $0.fold != nil })
    }

    @Test func mergedFoldsKeepTheLatestOfTheGreaterEntry() {
        // setup: the same unit's values in two groups (as the database's rows per qualifier)
        var a = ValueFold(date: CivilDate(2025, 6, 20), value: 5, entry: 9)
        let b = ValueFold(date: CivilDate(2025, 6, 20), value: 7, entry: 4, qualifier: "余")
        // act
        a.merge(b)
        // assert: same day, entry 9 came later in the ledger
        #expect(a.count == 2 && a.sum == 12 && a.max == 7 && a.latestValue == 5 && a.qualifiers == ["余"])
        #expect(Aggregation.mean.apply(a) == 6)
    }
}
