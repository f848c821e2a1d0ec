import Testing
import TaizhangDocument
import TaizhangDomain
import TaizhangSummary

/// A roll-up's rankings (各单位工作开展情况): which indicators are ranked.
@Suite struct RankingTests {
    /// Four communities under a street; loans and visitors come from one monthly library
    /// report, so they rank the same three communities in the same order.
    func source() throws -> SummarySource {
        let children = ["东社区", "南社区", "西社区", "北社区"].enumerated().map { ChildUnit(id: $0.offset + 2, name: $0.element, unitIDs: [$0.offset + 2]) }
        var entries: [SourceEntry] = []
        func add(_ unit: Int, _ values: [String: Double]) {
            entries.append(SourceEntry(id: entries.count + 1, unitID: unit, title: "图书室工作", countsOn: CivilDate(2026, 5, 20),
                                       values: values.sorted { $0.key < $1.key }.map { IndicatorValue(indicator: $0.key, value: $0.value) }))
        }
        for (unit, loans) in [(2, 300.0), (3, 200), (4, 100)] { add(unit, ["library_loans": loans, "library_visitors": loans / 2]) }
        add(2, ["reading_events": 2]); add(5, ["reading_events": 5])
        add(3, ["exhibitions": 1]); add(4, ["exhibitions": 3])
        return SummarySource(unitID: 1, unitName: "测试街道", unitKind: .street, period: .half(2026, 1), writtenOn: CivilDate(2026, 7, 5),
                             catalog: try Catalog.publicCulture(), entries: entries, children: children)
    }

    @Test func aRankingThatRepeatsAnEarlierOnesShapeGivesWayToTheNextIndicator() throws {
        // Setup
        let source = try source()

        // Act
        let rankings = DraftInputBuilder.build(source).rankings

        // Assert: visitors would name the same leader and the same units as loans.
        #expect(rankings.map(\.indicator) == ["图书借阅册次", "阅读推广活动场次", "展览场次"])
        let shapes = rankings.map { r in [r.rows[0].unitName] + r.rows.filter { $0.value > 0 }.map(\.unitName).sorted() }
        #expect(Set(shapes).count == shapes.count)
    }
}
