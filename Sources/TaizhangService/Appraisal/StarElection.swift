import TaizhangDomain

/// SPEC §7 服务明星: each quarter, the staff whose every monthly score reached the
/// threshold and who had nothing that rules them out are ranked by their mean monthly
/// score; the first `quota` (3 by default; the seed's centre cut it from 4) are elected.
public struct StarElection: Codable, Hashable, Sendable {
    public var period: Period
    public var quota: Int
    /// Eligible members in rank order, then the ineligible ones.
    public var rows: [StarRow]

    public var elected: [StarRow] { rows.filter(\.elected) }
}

public struct StarRow: Codable, Hashable, Sendable {
    public var staffID: Int
    /// Nil for an ineligible member.
    public var rank: Int?
    /// Mean of the period's monthly scores (two decimals).
    public var score: Double
    public var monthly: [Double]
    public var elected: Bool
    /// Why a member was not eligible, or why the quota line fell where it did.
    public var reasons: [Term]
}

public enum StarElector {
    public static func elect(period: Period, scores: [MonthlyScore], rules: StarRules) -> StarElection {
        let months = Period.range(.containing(period.start, kind: .month), through: .containing(period.end, kind: .month))
        var eligible: [(row: StarRow, ties: [Double])] = [], ineligible: [StarRow] = []
        for (staff, own) in Dictionary(grouping: scores.filter { period.contains($0.month) }, by: \.staffID).sorted(by: { $0.key < $1.key }) {
            let byMonth = Dictionary(own.map { ($0.month, $0) }, uniquingKeysWith: { a, _ in a })
            let monthly = months.compactMap { byMonth[$0]?.total }
            let mean = monthly.isEmpty ? 0 : (monthly.reduce(0, +) / Double(monthly.count) * 100).rounded() / 100
            var row = StarRow(staffID: staff, rank: nil, score: mean, monthly: monthly, elected: false, reasons: [])
            row.reasons = ineligibility(months: months, byMonth: byMonth, rules: rules)
            let sum = { (s: AppraisalSource) in own.reduce(0) { $0 + $1.facts[s] } }
            if row.reasons.isEmpty { eligible.append((row, rules.tieBreak.map(sum))) } else { ineligible.append(row) }
        }
        eligible.sort { a, b in
            if a.row.score != b.row.score { return a.row.score > b.row.score }
            if a.ties != b.ties { return a.ties.lexicographicallyPrecedes(b.ties, by: >) }
            return a.row.staffID < b.row.staffID
        }
        var rows = eligible.map(\.row)
        for i in rows.indices {
            rows[i].rank = i + 1
            rows[i].elected = i < rules.quota
        }
        markTies(&rows, quota: rules.quota, rules: rules)
        return StarElection(period: period, quota: rules.quota, rows: rows + ineligible)
    }

    static func ineligibility(months: [Period], byMonth: [Period: MonthlyScore], rules: StarRules) -> [Term] {
        var out: [Term] = []
        let missing = months.filter { byMonth[$0] == nil }
        if !missing.isEmpty {
            let names = missing.map(\.chineseLabel).joined(separator: "、")
            out.append(Term("missing_month", zh: "\(names)无考核成绩", en: "No score for \(missing.map(\.code).joined(separator: ", "))"))
        }
        for m in months { if let s = byMonth[m], s.total < rules.minMonthlyScore {
            out.append(Term("below_threshold", zh: "\(m.chineseLabel)考核\(s.total.compact)分，低于\(rules.minMonthlyScore.compact)分",
                            en: "\(m.code): \(s.total.compact) points, below \(rules.minMonthlyScore.compact)"))
        } }
        for source in rules.vetoSources {
            let n = byMonth.values.reduce(0) { $0 + $1.facts[source] }
            if n > 0 { out.append(Term("veto_\(source.rawValue)", zh: "有\(source.chinese)记录（一票否决）", en: "Vetoed: \(source.rawValue) on record")) }
        }
        return out
    }

    /// When the quota line cuts through equal scores, the rows on both sides say so.
    static func markTies(_ rows: inout [StarRow], quota: Int, rules: StarRules) {
        guard quota > 0, quota < rows.count, rows[quota - 1].score == rows[quota].score else { return }
        let score = rows[quota].score
        let order = rules.tieBreak.map(\.chinese).joined(separator: "、")
        for i in rows.indices where rows[i].score == score {
            rows[i].reasons.append(Term("tie_at_quota", zh: "与名额线同分（\(score.compact)分），按\(order)依次比较确定",
                                        en: "Tied at the quota line (\(score.compact)); ordered by \(rules.tieBreak.map(\.rawValue).joined(separator: ", ")), then staff id"))
        }
    }
}
