import TaizhangDomain

/// SPEC §7 monthly ranking of windows by satisfaction, and the windows summoned for a
/// talk (约谈) after ranking last two months running (a common local rule: "对连续2个月
/// 排名落后的窗口进行约谈").
public struct RankRow: Codable, Hashable, Sendable {
    public var windowID: Int
    /// Nil: too few ratings to be ranked this month.
    public var rank: Int?
    public var counts: SatisfactionCounts
    public var last: Bool
}

public enum WindowRanking {
    /// Highest satisfaction rate first, then more ratings, then window id. Equal rates and
    /// counts share a rank and the next rank skips (1, 2, 2, 4). Windows below the rule's
    /// minimum of ratings are listed unranked, after the others; every window tied at the
    /// bottom rank is last, unless all share the top rank (nobody is behind).
    public static func rank(_ byWindow: [Int: SatisfactionCounts], windows: [Int], rules: RatingRules) -> [RankRow] {
        let all = windows.map { ($0, byWindow[$0] ?? SatisfactionCounts()) }
        let ranked = all.filter { $0.1.counted >= max(rules.ranking.minRatings, 1) }
            .sorted { a, b in
                let ra = a.1.rate ?? 0, rb = b.1.rate ?? 0
                return ra != rb ? ra > rb : a.1.counted != b.1.counted ? a.1.counted > b.1.counted : a.0 < b.0
            }
        var rows: [RankRow] = []
        for (i, (w, c)) in ranked.enumerated() {
            let tied = i > 0 && ranked[i - 1].1.rate == c.rate && ranked[i - 1].1.counted == c.counted
            rows.append(RankRow(windowID: w, rank: tied ? rows[i - 1].rank : i + 1, counts: c, last: false))
        }
        if let bottom = rows.last?.rank, bottom > 1 {
            for i in rows.indices where rows[i].rank == bottom { rows[i].last = true }
        }
        let unranked = all.filter { pair in !ranked.contains { $0.0 == pair.0 } }.sorted { $0.0 < $1.0 }
        return rows + unranked.map { RankRow(windowID: $0.0, rank: nil, counts: $0.1, last: false) }
    }

    /// Windows last in `month` and in each of the months before it, as many as the rule
    /// says (2: this month and the one before). A month without a ranking breaks the run.
    public static func summoned(month: Period, rankings: [Period: [RankRow]], rules: RatingRules) -> [Int] {
        let n = rules.summons.consecutiveLastMonths
        var candidates: Set<Int>?
        for k in 0..<n {
            guard let rows = rankings[month.offset(by: -k)] else { return [] }
            let last = Set(rows.filter(\.last).map(\.windowID))
            candidates = candidates.map { $0.intersection(last) } ?? last
        }
        return (candidates ?? []).sorted()
    }
}
