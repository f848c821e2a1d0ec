import TaizhangDomain

/// Rolls site-visit scores up: evaluators → item → visit → the unit's year.
public enum RubricEvaluator {
    /// SPEC §4 "3+N+1": the visit reviews each item kind between its min and max times,
    /// only known kinds, and every score names a known item and dimension within 0…max,
    /// at most once per evaluator.
    public static func problems(_ visit: SiteVisit, template: RubricTemplate) -> [DomainError] {
        var out: [DomainError] = []
        for k in template.itemKinds {
            let n = visit.items.filter { $0.kind == k.code }.count
            if n < k.min || n > k.max {
                out.append(DomainError("item_count", zh: "\(k.zh)应为\(k.min == k.max ? "\(k.min)" : "\(k.min)–\(k.max)")项，现为\(n)项",
                                       en: "\(k.en): \(k.min)–\(k.max) item(s) expected, \(n) given"))
            }
        }
        for item in visit.items where !template.itemKinds.contains(where: { $0.code == item.kind }) {
            out.append(DomainError("item_kind", zh: "未知的考察项目类型：\(item.kind)", en: "Unknown item kind: \(item.kind)"))
        }
        var seen: Set<String> = []
        for s in visit.scores {
            let dim = template.dimension(s.dimension)
            if dim == nil || !visit.items.contains(where: { $0.id == s.itemID }) {
                out.append(DomainError("score_target", zh: "评分对应的项目或维度不存在", en: "A score names an unknown item or dimension"))
            } else if s.points < 0 || s.points > dim!.maxPoints {
                out.append(DomainError("score_range", zh: "\(dim!.zh)得分应在0–\(dim!.maxPoints)之间", en: "\(dim!.en) points must be 0–\(dim!.maxPoints)"))
            }
            if !seen.insert("\(s.evaluator)|\(s.itemID)|\(s.dimension)").inserted {
                out.append(DomainError("score_twice", zh: "\(s.evaluator)对同一项目同一维度重复评分", en: "\(s.evaluator) scored the same item and dimension twice"))
            }
        }
        return out
    }

    /// Per item and dimension the mean over the evaluators who scored it (a dimension no
    /// one scored counts 0 and marks the result incomplete); an item's score is the sum of
    /// its dimension means; the visit's the mean of its items; the visit's dimension means
    /// are the means over items.
    public static func evaluate(_ visit: SiteVisit, template: RubricTemplate) -> VisitResult {
        var complete = true
        let items = visit.items.map { item in
            let dims = template.dimensions.map { d in
                let pts = visit.scores.filter { $0.itemID == item.id && $0.dimension == d.code }.map(\.points)
                if pts.isEmpty { complete = false }
                return DimensionScore(code: d.code, zh: d.zh, mean: mean(pts) ?? 0, maxPoints: d.maxPoints)
            }
            return ItemResult(itemID: item.id, kind: item.kind, name: item.name, dimensions: dims, total: dims.map(\.mean).reduce(0, +))
        }
        let dims = template.dimensions.enumerated().map { i, d in
            DimensionScore(code: d.code, zh: d.zh, mean: mean(items.map { $0.dimensions[i].mean }) ?? 0, maxPoints: d.maxPoints)
        }
        return VisitResult(visitID: visit.id, unitID: visit.unitID, date: visit.date, items: items, dimensions: dims,
                           total: mean(items.map(\.total)) ?? 0, outOf: template.outOf, complete: complete && !items.isEmpty)
    }

    static func mean(_ xs: [Double]) -> Double? {
        xs.isEmpty ? nil : AcceptanceEvaluator.round2(xs.reduce(0, +) / Double(xs.count))
    }
}
