import Foundation
import Testing
@testable import TaizhangDomain

@Suite("Indicator semantics decide roll-ups")
struct RollUpTests {
    static let catalog = try! Catalog.publicCulture()

    static func value(_ unit: Int, _ v: Double, _ day: Int = 1, entry: Int? = nil) -> DatedValue {
        DatedValue(unitID: unit, entryID: entry ?? unit * 100 + day, date: CivilDate(2025, 6, day), value: v)
    }

    @Test func theShippedCatalogDeclaresUsableSemantics() {
        let problems = Self.catalog.problems()

        #expect(problems.isEmpty)
        #expect(Self.catalog["coverage_rate"]?.rollUp == .weightedMean)
        #expect(Self.catalog["coverage_rate"]?.range == .percent)
        #expect(Self.catalog["library_holdings"]?.aggregation == .latest)
        #expect(Self.catalog["library_holdings"]?.rollUp == .sum)
    }

    @Test func aRateIsNeverSummedUpTheTree() throws {
        // 城关街道 90%, 东湖街道 80%: the district is not 170%.
        let values = ["coverage_rate": [Self.value(2, 90), Self.value(3, 80)]]

        let total = try #require(Self.catalog.totals(values).first)

        #expect(total.value == 85)
        #expect(total.method == .mean)
        #expect(total.note != nil)
    }

    @Test func aRateIsWeightedByItsDenominator() throws {
        let values = ["coverage_rate": [Self.value(2, 90), Self.value(3, 80)],
                      "communities_total": [Self.value(2, 30), Self.value(3, 10)]]

        let total = try #require(Self.catalog.totals(values).first { $0.indicator.code == "coverage_rate" })

        #expect(total.value == 87.5)
        #expect(total.method == .weightedMean)
    }

    @Test func aStockSumsEachUnitsLatestLevel() throws {
        let values = ["library_holdings": [Self.value(2, 1000, 1), Self.value(2, 1200, 20), Self.value(3, 500, 5)]]

        let total = try #require(Self.catalog.totals(values).first)

        #expect(total.value == 1700)
        #expect(total.perUnit == [2: 1200, 3: 500])
    }

    @Test func aCatalogThatSumsARateIsRefused() {
        var rate = Self.catalog["coverage_rate"]!
        rate.rollUp = .sum
        var weighted = Self.catalog["coverage_rate"]!
        weighted.weightBy = "nonexistent"

        #expect(Self.catalog.problems(of: rate).map(\.code) == ["rate_summed"])
        #expect(Self.catalog.problems(of: weighted).map(\.code) == ["weight_required"])
    }

    @Test func aStoredDefinitionWithoutRollUpGetsTheInferredOne() throws {
        let json = #"{"code":"x","name":"覆盖率","nameEn":"Rate","measureWord":"%","aggregation":"latest","valueType":"decimal","group":"g","phrase":"p","synonyms":[]}"#

        let ind = try JSONDecoder().decode(Indicator.self, from: Data(json.utf8))

        #expect(ind.rollUp == .mean)
        #expect(ind.range == .percent)
        #expect(!ind.retired)
    }

    @Test func aRateAbove100IsRefused() {
        let entry = LedgerEntry(unitID: 2, category: .other, title: "覆盖率", date: CivilDate(2025, 6, 1),
                                values: [IndicatorValue(indicator: "coverage_rate", value: 170)])

        let codes = EntryValidator(catalog: Self.catalog).problems(entry).map(\.code)

        #expect(codes == ["out_of_range"])
    }

    @Test func aRetiredIndicatorTakesNoNewValues() {
        var catalog = Self.catalog
        let i = catalog.indicators.firstIndex { $0.code == "banners" }!
        catalog.indicators[i].retired = true
        let entry = LedgerEntry(unitID: 2, category: .publicity, title: "横幅", date: CivilDate(2025, 6, 1),
                                values: [IndicatorValue(indicator: "banners", value: 3)])

        let codes = EntryValidator(catalog: catalog).problems(entry).map(\.code)

        #expect(codes == ["retired_indicator"])
        #expect(!catalog.active.contains { $0.code == "banners" })
    }
}
