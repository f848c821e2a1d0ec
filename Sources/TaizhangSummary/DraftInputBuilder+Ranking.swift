import TaizhangDocument
import TaizhangDomain

extension DraftInputBuilder {
    /// Indicators ranked in a roll-up.
    static let rankedIndicators = 3

    /// A supervisor's roll-up ranks its direct children on the first summed indicators (in
    /// catalog order, where the headline work comes first) that at least two of them
    /// recorded: a ranking of an indicator only one unit keeps tells the reader nothing.
    static func rankings(_ source: SummarySource, done: [SourceEntry]) -> [RankingInput] {
        guard source.children.count >= 2 else { return [] }
        var rows = source.children
        if done.contains(where: { $0.unitID == source.unitID }) {
            // The unit's own work belongs in the table, or its rows would not add up to the area's figure.
            rows.append(ChildUnit(id: source.unitID, name: source.unitName + "本级", unitIDs: [source.unitID]))
        }
        let perChild = rows.map { child in
            (child, source.catalog.totals(values(of: done.filter { child.unitIDs.contains($0.unitID) })))
        }
        var reach: [String: Int] = [:]
        for (_, totals) in perChild { for t in totals where t.value > 0 { reach[t.indicator.code, default: 0] += 1 } }
        let chosen = source.catalog.indicators
            .filter { $0.aggregation == .sum && $0.measureWord != "%" && (reach[$0.code] ?? 0) >= 2 }
            .prefix(rankedIndicators)
        let childWord = commonWord(source.children.map(\.name))
        return chosen.map { ind in
            let rows = perChild.map { child, totals -> RankingRow in
                let t = totals.first { $0.indicator.code == ind.code }
                return RankingRow(unitName: child.name, value: t?.value ?? 0,
                                  qualifier: t.flatMap { Qualifier.combine($0.parts.map { qualifier($0.qualifier) }) },
                                  // A unit with nothing recorded is traced to itself: its 0 is "no entries".
                                  refs: t.map { $0.entryIDs.map { .entry(String($0)) } } ?? [SourceRef(.unit, String(child.id))])
            }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.unitName < $1.unitName }
            return RankingInput(title: "各\(childWord)\(ind.subjectName)情况", indicator: ind.name, subject: ind.subjectName,
                                measureWord: ind.measureWord, rows: rows)
        }
    }
}
