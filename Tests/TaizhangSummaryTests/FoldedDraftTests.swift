import Foundation
import Testing
import TaizhangDocument
import TaizhangDomain
import TaizhangSummary

/// A large roll-up's draft takes its figures from folds (`SummarySource.ledger`, what the
/// database's GROUP BY gives) instead of the entries: on the demo district, folding the
/// same entries must give the same figures, comparisons, qualifiers, rankings and lead
/// sentences' counts — only the traces change (a query instead of every entry).
@Suite struct FoldedDraftTests {
    static func dated(_ entries: [SourceEntry]) -> [String: [DatedValue]] {
        var out: [String: [DatedValue]] = [:]
        for e in entries {
            for v in e.values {
                out[v.indicator, default: []].append(DatedValue(unitID: e.unitID, entryID: e.id, date: e.countsOn, value: v.value, qualifier: v.qualifier))
            }
        }
        return out
    }

    /// `source` with its ledger folded as the server's LedgerFoldReader folds it.
    static func folded(_ source: SummarySource) -> SummarySource {
        let done = source.entries.filter { !$0.planned && source.period.contains($0.countsOn) }
        var places: [String: Set<String>] = [:], categories: [String: Set<EntryCategory>] = [:]
        for e in done {
            for v in e.values {
                categories[v.indicator, default: []].insert(e.category)
                if let p = e.place, !p.isEmpty { places[v.indicator, default: []].insert(p) }
            }
        }
        var out = source
        out.ledger = LedgerFolds(current: Catalog.folds(dated(done)), lastYear: Catalog.folds(dated(source.lastYear.filter { !$0.planned })),
                                 places: places, categories: categories, subtree: source.isRollUp)
        return out
    }

    static let scopes: [(String, Bool)] = [("临江区文化和旅游局", true), ("城关街道", true), ("沙门镇", true), ("新华社区", false)]

    @Test(arguments: [Period.half(2024, 1), .year(2024)])
    func foldedFiguresEqualTheEntries(period: Period) throws {
        // setup
        let demo = try DemoSource()
        for (name, subtree) in Self.scopes {
            let source = demo.source(demo.unit(named: name), period: period, subtree: subtree)
            // act
            let listed = DraftInputBuilder.build(source)
            let folded = DraftInputBuilder.build(Self.folded(source))
            // assert
            #expect(!listed.areas.isEmpty, "\(name)")
            #expect(listed.areas.map(\.name) == folded.areas.map(\.name), "\(name)")
            for (a, b) in zip(listed.areas, folded.areas) {
                #expect(a.figures.map(\.value) == b.figures.map(\.value), "\(name) \(a.name)")
                #expect(a.figures.map(\.qualifier) == b.figures.map(\.qualifier), "\(name) \(a.name)")
                #expect(a.figures.map { $0.lastYear?.value } == b.figures.map { $0.lastYear?.value }, "\(name) \(a.name)")
                #expect(a.figures.map(\.target) == b.figures.map(\.target), "\(name) \(a.name)")
                #expect(a.figures.map(\.entries.count) == b.figures.map { $0.entryCount ?? -1 }, "\(name) \(a.name)")
                #expect(b.figures.allSatisfy { $0.entries.isEmpty && $0.entryRefs.allSatisfy { $0.kind == .query } })
                #expect(a.work.placeCount == b.work.placeCount && a.work.noun == b.work.noun, "\(name) \(a.name)")
                #expect(a.work.coverage?.units == b.work.coverage?.units && a.work.coverage?.of == b.work.coverage?.of, "\(name) \(a.name)")
                #expect(a.notables == b.notables, "\(name) \(a.name)")
            }
            #expect(listed.rankings.map(\.title) == folded.rankings.map(\.title), "\(name)")
            for (a, b) in zip(listed.rankings, folded.rankings) {
                #expect(a.rows.map(\.unitName) == b.rows.map(\.unitName) && a.rows.map(\.value) == b.rows.map(\.value), "\(name) \(a.title)")
                #expect(a.rows.map(\.qualifier) == b.rows.map(\.qualifier), "\(name) \(a.title)")
            }
        }
    }

    @Test func aQueryTraceNamesIndicatorUnitAndPeriod() {
        // act
        let ref = SourceRef.query(indicator: "audience", unit: 55, period: "2024H1", subtree: true)
        // assert
        #expect(ref.token == "query:audience|55|2024H1|tree")
        #expect(ref.queryKey?.indicator == "audience" && ref.queryKey?.unit == 55 && ref.queryKey?.period == "2024H1" && ref.queryKey?.subtree == true)
        #expect(SourceRef(.query, "audience|x|2024H1|tree").queryKey == nil)
    }
}
