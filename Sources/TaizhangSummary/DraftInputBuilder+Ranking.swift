import TaizhangDocument
import TaizhangDomain

extension DraftInputBuilder {
    /// Indicators ranked in a roll-up.
    static let rankedIndicators = 3

    /// A supervisor's roll-up ranks its direct children on the first summed indicators (in
    /// catalog order, where the headline work comes first) that at least two of them
    /// recorded: a ranking of an indicator only one unit keeps tells the reader nothing.
    /// Nor does a ranking that repeats an earlier one's shape (the same leader, the same units
    /// at work): indicators recorded together (图书借阅 and 读者接待 come from one monthly
    /// library report) rank the units alike, and the second lead sentence would read as a
    /// copy of the first (the checker's 段落重复); the next indicator is ranked instead.
    static func rankings(_ source: SummarySource, done: [SourceEntry]) -> [RankingInput] {
        guard source.children.count >= 2 else { return [] }
        var units = source.children
        let ownWork = source.ledger.map { l in l.current.values.contains { $0[source.unitID] != nil } }
            ?? done.contains(where: { $0.unitID == source.unitID })
        if ownWork {
            // The unit's own work belongs in the table, or its rows would not add up to the area's figure.
            units.append(ChildUnit(id: source.unitID, name: source.unitName + "本级", unitIDs: [source.unitID]))
        }
        let perChild = units.map { child in
            (child, source.ledger.map { source.catalog.totals(folds: $0.current(of: child.unitIDs)) }
                ?? source.catalog.totals(values(of: done.filter { child.unitIDs.contains($0.unitID) })))
        }
        var reach: [String: Int] = [:]
        for (_, totals) in perChild { for t in totals where t.value > 0 { reach[t.indicator.code, default: 0] += 1 } }
        let candidates = source.catalog.indicators
            .filter { $0.aggregation == .sum && $0.measureWord != "%" && (reach[$0.code] ?? 0) >= 2 }
        let childWord = commonWord(source.children.map(\.name))
        var shown: Set<RankingShape> = []
        var out: [RankingInput] = []
        for ind in candidates where out.count < rankedIndicators {
            let rows = rankingRows(ind, perChild, source: source)
            guard shown.insert(RankingShape(rows)).inserted else { continue }
            out.append(RankingInput(title: "各\(childWord)\(ind.subjectName)情况", indicator: ind.name, subject: ind.subjectName,
                                    measureWord: ind.measureWord, rows: rows))
        }
        return out
    }

    /// Each unit's figure for `ind`, largest first (ties by name).
    private static func rankingRows(_ ind: Indicator, _ perChild: [(ChildUnit, [IndicatorTotal])], source: SummarySource) -> [RankingRow] {
        perChild.map { child, totals -> RankingRow in
            let t = totals.first { $0.indicator.code == ind.code }
            // A large roll-up's row is traced to the query of the child's values ("本级": the unit alone).
            let refs = t.map { t in
                t.fold == nil ? t.entryIDs.map { .entry(String($0)) }
                    : [query(ind.code, unit: child.id, source.period, subtree: child.id != source.unitID)]
            }
            return RankingRow(unitName: child.name, value: t?.value ?? 0,
                              qualifier: t.flatMap(combinedQualifier),
                              // A unit with nothing recorded is traced to itself: its 0 is "no entries".
                              refs: refs ?? [SourceRef(.unit, String(child.id))])
        }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.unitName < $1.unitName }
    }
}

/// What a ranking's lead sentence tells: who leads and which units did the work at all.
struct RankingShape: Hashable {
    let leader: String?
    let active: Set<String>

    init(_ rows: [RankingRow]) {
        leader = rows.first { $0.value > 0 }?.unitName
        active = Set(rows.filter { $0.value > 0 }.map(\.unitName))
    }
}
