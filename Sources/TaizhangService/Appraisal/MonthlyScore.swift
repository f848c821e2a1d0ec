import TaizhangDomain

/// What one staff member did in one month, per appraisal source: counts from the case and
/// rating records, and the facts the supervision section typed (attendance, complaints,
/// banners, approved extra points).
public struct AppraisalFacts: Codable, Hashable, Sendable {
    public var staffID: Int
    public var month: Period
    public var counts: [AppraisalSource: Double]

    public init(staffID: Int, month: Period, counts: [AppraisalSource: Double] = [:]) {
        self.staffID = staffID; self.month = month; self.counts = counts
    }

    public subscript(_ s: AppraisalSource) -> Double { counts[s] ?? 0 }

    /// The record-derived counts: ratings given in the month that count, cases completed
    /// in it, those over the limit (completed late or due and still open), steps over
    /// their limit; plus the typed records of the month.
    public static func derive(staffID: Int, month: Period, cases: RateCounts?, ratings: SatisfactionCounts?,
                              typed: [AppraisalRecord]) -> AppraisalFacts {
        var f = AppraisalFacts(staffID: staffID, month: month)
        f.counts[.ratingsSatisfied] = Double(ratings?.satisfied ?? 0)
        f.counts[.ratingsBad] = Double(ratings?.bad ?? 0)
        f.counts[.casesCompleted] = Double(cases?.completed ?? 0)
        f.counts[.casesOverdue] = Double(cases?.overdue ?? 0)
        f.counts[.stepsOverrun] = Double(cases?.stepOverruns ?? 0)
        for r in typed where r.staffID == staffID && month.contains(r.date) && r.source.isTyped {
            f.counts[r.source, default: 0] += r.count
        }
        return f
    }
}

extension AppraisalSource: CodingKeyRepresentable {}

/// A fact the supervision section records for a staff member (考勤, 投诉, 锦旗 …).
public struct AppraisalRecord: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var staffID: Int
    public var date: CivilDate
    public var source: AppraisalSource
    public var count: Double
    public var note: String

    public init(id: Int, staffID: Int, date: CivilDate, source: AppraisalSource, count: Double = 1, note: String = "") {
        self.id = id; self.staffID = staffID; self.date = date; self.source = source; self.count = count; self.note = note
    }
}

/// A month's score with its breakdown: the base and one line per item that applied.
public struct MonthlyScore: Codable, Hashable, Sendable {
    public var staffID: Int
    public var month: Period
    public var base: Double
    public var lines: [ScoreLine]
    public var total: Double
    public var facts: AppraisalFacts
}

public struct ScoreLine: Codable, Hashable, Sendable {
    public var item: Term
    public var count: Double
    /// count × points before the cap.
    public var raw: Double
    public var points: Double
    public var capped: Bool
}

public enum Appraiser {
    /// base + Σ item points, each item's total capped (either way) at its cap.
    public static func score(_ facts: AppraisalFacts, rules: AppraisalRules) -> MonthlyScore {
        var lines: [ScoreLine] = []
        for item in rules.items {
            let count = facts[item.source]
            guard count != 0 else { continue }
            let raw = count * item.points
            let points = item.cap.map { min(max(raw, -$0), $0) } ?? raw
            lines.append(ScoreLine(item: item.term, count: count, raw: raw, points: points, capped: points != raw))
        }
        let total = (rules.base + lines.reduce(0) { $0 + $1.points }) 
        return MonthlyScore(staffID: facts.staffID, month: facts.month, base: rules.base, lines: lines,
                            total: (total * 100).rounded() / 100, facts: facts)
    }
}
