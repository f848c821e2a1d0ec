import TaizhangDomain

/// SPEC §4.6 通报: the national office's ranked table of units for a scoring period, with
/// each score's breakdown as columns. Writing the .docx is TaizhangDocument's job.
public struct CircularRow: Codable, Hashable, Sendable {
    public var rank: Int
    public var unitID: Int
    public var unitName: String
    public var base: Int
    /// Adoptions per tier, in the rule set's tier order.
    public var tierCounts: [Int]
    public var adoptionPoints: Int
    public var total: Int
}

public enum Circular {
    /// Column headings: 排名, 单位, 基础分, one per tier (e.g. 50分档), 采用加分, 总分.
    public static func headers(rules: PublicityRules) -> [String] {
        ["排名", "单位", "基础分"] + rules.tiers.map { "\($0.points)分档（条）" } + ["采用加分", "总分"]
    }

    /// Ranks by total, highest first. Equal totals share a rank and the next rank skips
    /// ("1, 2, 2, 4"); within a tie rows are ordered by unit id so the table is stable.
    public static func rank(_ scores: [PublicityScore], unitNames: [Int: String], rules: PublicityRules) -> [CircularRow] {
        let sorted = scores.sorted { ($1.total, $0.unitID) < ($0.total, $1.unitID) }
        var rows: [CircularRow] = []
        for (i, s) in sorted.enumerated() {
            let rank = i > 0 && sorted[i - 1].total == s.total ? rows[i - 1].rank : i + 1
            let counts = rules.tiers.map { t in s.lines.filter { $0.tier == t.code }.count }
            rows.append(CircularRow(rank: rank, unitID: s.unitID, unitName: unitNames[s.unitID] ?? "\(s.unitID)", base: s.base,
                                    tierCounts: counts, adoptionPoints: s.adoptionPoints, total: s.total))
        }
        return rows
    }
}
