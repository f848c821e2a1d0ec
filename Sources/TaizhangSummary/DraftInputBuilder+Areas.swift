import TaizhangDocument
import TaizhangDomain

extension DraftInputBuilder {
    /// What the area's entries were, for the lead sentence: kinds of work by title (a place
    /// in the title folded into "基层" so "文艺演出进新华社区" and "…进府前社区" are one kind),
    /// the most weighty first; the places reached; in a roll-up, the children that took part.
    static func work(_ entries: [SourceEntry], codes: Set<String>, source: SummarySource) -> AreaWork {
        var work = work(entries, source: source)
        guard let ledger = source.ledger else { return work }
        // A large roll-up's entries are a selection: places, categories and the units at work
        // are counted from the database's grouped rows instead.
        let places = codes.reduce(into: Set<String>()) { $0.formUnion(ledger.places[$1] ?? []) }
        let categories = codes.reduce(into: Set<EntryCategory>()) { $0.formUnion(ledger.categories[$1] ?? []) }
        work.noun = noun(categories)
        work.placeCount = places.count
        work.placeRefs = codes.sorted().map { query($0, unit: source.unitID, source.period, subtree: ledger.subtree) }
        if source.isRollUp {
            let active = source.children.filter { c in c.unitIDs.contains { ledger.recorded($0, codes) } }
            work.coverage = Coverage(units: active.count, of: source.children.count, refs: active.map { SourceRef(.unit, String($0.id)) })
        }
        return work
    }

    static func work(_ entries: [SourceEntry], source: SummarySource) -> AreaWork {
        var groups: [String: (count: Int, size: Double, refs: [SourceRef], first: Int)] = [:]
        for e in entries {
            let key = folded(e.title, place: e.place)
            let size = e.values.map(\.value).max() ?? 0
            var g = groups[key] ?? (0, 0, [], e.id)
            g.count += 1; g.size += size; g.refs.append(.entry(String(e.id))); g.first = min(g.first, e.id)
            groups[key] = g
        }
        let activities = groups.sorted { a, b in
            a.value.count != b.value.count ? a.value.count > b.value.count
                : a.value.size != b.value.size ? a.value.size > b.value.size : a.value.first < b.value.first
        }.map { ActivityGroup(name: $0.key, count: $0.value.count, refs: $0.value.refs) }
        let placed = entries.filter { !($0.place ?? "").isEmpty }
        var coverage: Coverage?
        if source.isRollUp {
            let active = source.children.filter { c in entries.contains { c.unitIDs.contains($0.unitID) } }
            coverage = Coverage(units: active.count, of: source.children.count, refs: active.map { SourceRef(.unit, String($0.id)) })
        }
        return AreaWork(activities: activities, noun: noun(Set(entries.map(\.category))),
                        placeCount: Set(placed.compactMap(\.place)).count, placeRefs: placed.map { .entry(String($0.id)) },
                        coverage: coverage)
    }

    /// "“文化惠民”文艺演出进新华社区" with place 新华社区 → "“文化惠民”文艺演出进基层".
    /// A month in the title ("3月社区公益电影放映") is dropped the same way.
    static func folded(_ title: String, place: String?) -> String {
        var t = withoutMonths(title)
        if let place, place.count >= 2, t.contains(place), t != place { t = t.replacingOccurrences(of: place, with: "基层") }
        return t.isEmpty ? title : t
    }

    /// "3月社区公益电影放映" → "社区公益电影放映" (one or two digits followed by 月).
    static func withoutMonths(_ s: String) -> String {
        let chars = Array(s)
        var out: [Character] = []
        var i = 0
        while i < chars.count {
            var j = i
            while j < chars.count, j - i < 3, chars[j].isASCII, chars[j].isNumber { j += 1 }
            if j > i, j - i <= 2, j < chars.count, chars[j] == "月", i == 0 || !(chars[i - 1].isASCII && chars[i - 1].isNumber) {
                i = j + 1
                continue
            }
            out.append(chars[i])
            i += 1
        }
        return String(out)
    }

    /// 活动, 培训, 检查 … when the entries are of one category, else 工作.
    static func noun(_ categories: Set<EntryCategory>) -> String {
        guard categories.count == 1, let c = categories.first else { return "工作" }
        switch c {
        case .activity: return "活动"
        case .training: return "培训"
        case .inspection: return "检查"
        case .meeting: return "会议"
        case .publicity: return "宣传活动"
        case .enforcement: return "执法工作"
        case .fund, .other: return "工作"
        }
    }

    /// Entries of the area that carry a figure, weighed by their largest share of an area
    /// total (a 2000-person show weighs more than a 30-person one, whatever last year did);
    /// each with its own figures in the catalog's phrases.
    static func notables(_ entries: [SourceEntry], totals: [IndicatorTotal], catalog: Catalog, deeds: DeedRules) -> [NotableEntry] {
        let byCode = Dictionary(totals.map { ($0.indicator.code, $0.value) }, uniquingKeysWith: { a, _ in a })
        let candidates = entries.compactMap { e -> (SourceEntry, [KeyFigure], Double)? in
            var weight = 0.0
            let figures = e.values.filter { byCode[$0.indicator] != nil && $0.value > 0 }.compactMap { v -> KeyFigure? in
                guard let ind = catalog[v.indicator], ind.aggregation == .sum, ind.measureWord != "%" else { return nil }
                if let total = byCode[v.indicator], total > 0 { weight = max(weight, v.value / total) }
                return KeyFigure(label: ind.subjectName, value: v.value, measureWord: ind.measureWord,
                                 qualifier: qualifier(v.qualifier), phrase: ind.phrase)
            }
            return figures.isEmpty ? nil : (e, figures, weight)
        }
        let ranked = candidates.sorted { a, b in
            a.2 != b.2 ? a.2 > b.2 : (a.0.evidenceCount > 0) != (b.0.evidenceCount > 0) ? a.0.evidenceCount > 0 : a.0.id < b.0.id
        }
        // Routine entries share a title ("文物安全巡查"); naming one of them twice reads as a slip.
        var titles = Set<String>()
        let distinct = ranked.filter { titles.insert(folded($0.0.title, place: $0.0.place)).inserted }
        return distinct.prefix(notableCandidates).map { e, figures, weight in
            NotableEntry(title: e.title, date: docDate(e.countsOn), place: e.place, figures: figures,
                         hasEvidence: e.evidenceCount > 0, ref: .entry(String(e.id)),
                         deed: deeds.deed(title: e.title, category: e.category), weight: weight,
                         isEvent: e.category == .activity || e.category == .training)
        }
    }
}
