import TaizhangDocument
import TaizhangDomain

extension DraftInputBuilder {
    /// Entries of the area that carry a figure, largest first, those with evidence
    /// ahead; each with its own figures in the area.
    static func notables(_ entries: [SourceEntry], codes: Set<String>, catalog: Catalog) -> [NotableEntry] {
        let candidates = entries.compactMap { e -> (SourceEntry, [KeyFigure])? in
            let figures = e.values.filter { codes.contains($0.indicator) && $0.value > 0 }.compactMap { v -> KeyFigure? in
                guard let ind = catalog[v.indicator], ind.aggregation == .sum, ind.measureWord != "%" else { return nil }
                return KeyFigure(label: label(ind), value: v.value, measureWord: ind.measureWord, qualifier: qualifier(v.qualifier))
            }
            return figures.isEmpty ? nil : (e, figures)
        }
        let ranked = candidates.sorted { a, b in
            if (a.0.evidenceCount > 0) != (b.0.evidenceCount > 0) { return a.0.evidenceCount > 0 }
            let (sa, sb) = (a.1.map(\.value).max() ?? 0, b.1.map(\.value).max() ?? 0)
            return sa != sb ? sa > sb : a.0.id < b.0.id
        }
        // Routine entries share a title ("文物安全巡查"); naming one of them twice reads as a slip.
        var titles = Set<String>()
        let distinct = ranked.filter { titles.insert($0.0.title).inserted }
        return distinct.prefix(notableCandidates).map { e, figures in
            NotableEntry(title: e.title, date: docDate(e.countsOn), place: e.place, figures: figures,
                         hasEvidence: e.evidenceCount > 0, ref: .entry(String(e.id)))
        }
    }

    /// "受众人次" → "受众", "文艺演出场次" → "文艺演出": the label before an entry's own
    /// figure reads without the measure word it is followed by.
    static func label(_ ind: Indicator) -> String {
        for suffix in ["人次", "场次", "次数", "人数", "件数", "册数", "份数", "条数", "期数", "项数", "册次", "家次", "起数", "数"]
        where ind.name.hasSuffix(suffix) && ind.name.count > suffix.count {
            return String(ind.name.dropLast(suffix.count))
        }
        return ind.name
    }

    static func docDate(_ d: CivilDate) -> DocDate { DocDate(year: d.year, month: d.month, day: d.day) }

    static func draftPeriod(_ p: Period) -> DraftPeriod {
        switch p.kind {
        case .halfYear: .halfYear(p.year, first: p.index == 1)
        case .quarter: .quarter(p.year, p.index)
        case .year, .month: .year(p.year)
        }
    }
}
