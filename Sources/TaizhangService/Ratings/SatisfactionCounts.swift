import TaizhangDomain

/// The ratings of one group (window, department, staff member) in a period: counts per
/// level, the satisfaction rate (satisfied levels ÷ ratings that count) and the mean score.
public struct SatisfactionCounts: Codable, Hashable, Sendable {
    public var counted = 0
    public var satisfied = 0
    public var bad = 0
    /// Overturned on appeal: left out of every figure above.
    public var overturned = 0
    public var scoreSum = 0
    public var byLevel: [String: Int] = [:]

    public init() {}

    /// 满意率 in percent, nil without ratings.
    public var rate: Double? { counted > 0 ? Double(satisfied) / Double(counted) * 100 : nil }
    public var meanScore: Double? { counted > 0 ? Double(scoreSum) / Double(counted) : nil }

    mutating func add(_ r: Rating, _ level: RatingLevel) {
        guard r.counts else { overturned += 1; return }
        counted += 1; scoreSum += level.score
        if level.satisfied { satisfied += 1 }
        if level.bad { bad += 1 }
        byLevel[level.code, default: 0] += 1
    }
}

/// Satisfaction per window, department and staff member for the ratings given in a period.
public struct SatisfactionTable: Codable, Hashable, Sendable {
    public var period: Period
    public var total = SatisfactionCounts()
    public var byWindow: [Int: SatisfactionCounts] = [:]
    public var byDepartment: [Int: SatisfactionCounts] = [:]
    public var byStaff: [Int: SatisfactionCounts] = [:]

    public static func compute(_ ratings: [Rating], period: Period, rules: RatingRules) -> SatisfactionTable {
        var t = SatisfactionTable(period: period)
        let levels = Dictionary(rules.levels.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let from = period.start.dayNumber, through = period.end.dayNumber
        for r in ratings {
            let day = CivilDate.beijingDayNumber(r.ratedAt)
            guard day >= from, day <= through, let level = levels[r.level] else { continue }
            t.total.add(r, level)
            t.byDepartment[r.departmentID, default: SatisfactionCounts()].add(r, level)
            if let w = r.windowID { t.byWindow[w, default: SatisfactionCounts()].add(r, level) }
            if let s = r.staffID { t.byStaff[s, default: SatisfactionCounts()].add(r, level) }
        }
        return t
    }
}
