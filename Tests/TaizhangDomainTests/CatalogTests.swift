import Foundation
import Testing
@testable import TaizhangDomain

@Suite("Indicator catalog and aggregation")
struct CatalogTests {
    @Test func publicCultureCatalogLoads() throws {
        let catalog = try Catalog.publicCulture()
        let codes = catalog.indicators.map(\.code)

        #expect(catalog.indicators.count >= 30)
        #expect(Set(codes).count == codes.count)
        #expect(catalog.indicators.allSatisfy { !$0.name.isEmpty && !$0.measureWord.isEmpty && !$0.group.isEmpty })
        #expect(catalog["performances"]?.measureWord == "场")
        #expect(catalog["funds_spent"]?.valueType == .decimal)
        #expect(catalog["nonexistent"] == nil)
    }

    /// The prose subject is part of a stored definition: it survives loading and a round trip.
    @Test func theSubjectIsDecoded() throws {
        let catalog = try Catalog.publicCulture()

        let visitors = try #require(catalog["library_visitors"])
        let again = try JSONDecoder().decode(Indicator.self, from: JSONEncoder().encode(visitors))

        #expect(visitors.subject == "读者接待" && visitors.subjectName == "读者接待")
        #expect(again == visitors)
    }

    @Test(arguments: Aggregation.allCases)
    func everyAggregationDecodes(aggregation: Aggregation) throws {
        let decoded = try JSONDecoder().decode(Aggregation.self, from: Data("\"\(aggregation.rawValue)\"".utf8))

        #expect(decoded == aggregation)
    }

    @Test(arguments: Indicator.ValueType.allCases)
    func everyValueTypeDecodes(valueType: Indicator.ValueType) throws {
        let decoded = try JSONDecoder().decode(Indicator.ValueType.self, from: Data("\"\(valueType.rawValue)\"".utf8))

        #expect(decoded == valueType)
    }

    @Test func unknownAggregationIsRejected() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Aggregation.self, from: Data("\"median\"".utf8)) }
    }

    @Test func matchPrefersTheLongestName() throws {
        let catalog = try Catalog.publicCulture()

        let film = catalog.match(phrase: "累计放映公益电影", measureWord: "场")
        let opera = catalog.match(phrase: "送戏下乡共", measureWord: "场")
        let wrongMeasure = catalog.match(phrase: "放映公益电影", measureWord: "人次")

        #expect(film?.code == "film_screenings")
        #expect(opera?.code == "opera_to_countryside")
        #expect(wrongMeasure?.code != "film_screenings")
    }

    static let values: [(date: CivilDate, value: Double)] = [
        (CivilDate(2024, 3, 1), 4), (CivilDate(2024, 5, 1), 10), (CivilDate(2024, 5, 1), 7), (CivilDate(2024, 1, 1), 3),
    ]

    @Test(arguments: [(Aggregation.sum, 24.0), (.max, 10), (.mean, 6), (.latest, 7)])
    func aggregations(aggregation: Aggregation, expected: Double) {
        let result = aggregation.apply(Self.values)

        #expect(result == expected)
    }

    @Test(arguments: Aggregation.allCases)
    func nothingToAggregate(aggregation: Aggregation) {
        #expect(aggregation.apply([]) == nil)
    }

    @Test func progressAgainstTargets() {
        let onTrack = Progress(target: 100, actual: 79)
        let behind = Progress(target: 100, actual: 30)
        let noTarget = Progress(target: 0, actual: 5)

        #expect(onTrack.percent == 79)
        #expect(behind.percent == 30)
        #expect(noTarget.ratio == nil && noTarget.percent == nil)
    }
}
