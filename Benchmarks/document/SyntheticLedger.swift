import TaizhangDomain
import TaizhangSummary

/// A synthetic unit with `entries` ledger entries in 2024 H1 (and as many last year)
/// spread over 20 child units and the catalog's summed indicators, for timing the whole
/// path ledger → DraftInput → SummaryDocument.
enum SyntheticLedger {
    static func make(entries: Int) throws -> SummarySource {
        let catalog = try Catalog.publicCulture()
        let codes = catalog.indicators.filter { $0.aggregation == .sum && $0.measureWord != "%" }.map(\.code)
        var generator = LinearCongruential(seed: 20_240_630)
        func entry(_ i: Int, year: Int) -> SourceEntry {
            let code = codes[i % codes.count]
            let date = CivilDate(year, 1 + Int(generator.next() % 6), 1 + Int(generator.next() % 28))
            return SourceEntry(id: i + (year == 2024 ? 0 : 1_000_000), unitID: 2 + i % 20, title: "活动\(i)", countsOn: date,
                               values: [IndicatorValue(indicator: code, value: Double(1 + generator.next() % 300),
                                                       qualifier: generator.next() % 10 == 0 ? "余" : nil)],
                               evidenceCount: Int(generator.next() % 2))
        }
        let current = (0..<entries).map { entry($0, year: 2024) }
        let last = (0..<entries).map { entry($0, year: 2023) }
        let children = (2..<22).map { ChildUnit(id: $0, name: "第\($0)社区", unitIDs: [$0]) }
        return SummarySource(unitID: 1, unitName: "城关街道", period: .half(2024, 1), writtenOn: CivilDate(2024, 7, 5),
                             catalog: catalog, entries: current, lastYear: last,
                             targets: codes.prefix(5).enumerated().map { SourceTarget(id: $0.offset, indicator: $0.element, period: .year(2024), value: 5_000) },
                             children: children)
    }
}
