import TaizhangDomain

/// The rates of a centre for a period: the whole, per department and per window, in one
/// pass over the cases and their evaluations (same order).
public struct RateTable: Codable, Hashable, Sendable {
    public var period: Period
    /// The last day counted: the period's end, or the evaluation day inside the period.
    /// Whether the period's cases are completed is judged on the evaluation day itself
    /// (办结率 "截至统计日"), so a half-year's rate read in July counts June's cases done in July.
    public var cutoff: CivilDate
    public var total: RateCounts
    public var byDepartment: [Int: RateCounts]
    public var byWindow: [Int: RateCounts]
    /// Per staff member (the window appraisal reads the overdue counts from here).
    public var byStaff: [Int: RateCounts]

    public static func compute(_ cases: [ServiceCase], _ evaluations: [CaseEvaluation], period: Period,
                               asOf: CivilDate) -> RateTable {
        precondition(cases.count == evaluations.count, "one evaluation per case")
        let cutoff = min(period.end, asOf)
        let from = period.start.dayNumber, through = cutoff.dayNumber, today = asOf.dayNumber
        var table = RateTable(period: period, cutoff: cutoff, total: RateCounts(), byDepartment: [:], byWindow: [:], byStaff: [:])
        for i in cases.indices {
            let c = cases[i]
            var counts = RateCounts()
            guard counts.add(c, evaluations[i], from: from, through: through, asOf: today) else { continue }
            table.total.merge(counts)
            table.byDepartment[c.departmentID, default: RateCounts()].merge(counts)
            if let w = c.windowID { table.byWindow[w, default: RateCounts()].merge(counts) }
            if let s = c.staffID { table.byStaff[s, default: RateCounts()].merge(counts) }
        }
        return table
    }
}

extension RateCounts {
    /// Adds one case's facts for the days from…through (the period up to the cut-off);
    /// completion of the period's cases is counted up to the evaluation day `asOf`.
    mutating func add(_ c: ServiceCase, _ e: CaseEvaluation, from: Int, through: Int, asOf: Int) -> Bool {
        let accepted = CivilDate.beijingDayNumber(c.acceptedAt)
        let done = c.completedAt.map(CivilDate.beijingDayNumber)
        var counted = false
        if accepted >= from && accepted <= through {
            self.accepted += 1
            if let done, done <= asOf { acceptedCompleted += 1 }
            if e.isAbnormal { abnormal += 1 }
            counted = true
        }
        if let done, done >= from, done <= through {
            completed += 1
            if e.status == .completedInTime { completedInTime += 1 }
            stepOverruns += e.stepOverruns.count
            if c.kind == .promised && c.statutoryDays > 0 {
                let stat = Double(c.statutoryDays)
                promisedCompleted += 1
                speedUpSum += (stat - Double(e.usedDays)) / stat
                promisedSpeedUpSum += (stat - Double(c.promisedDays)) / stat
            }
            counted = true
        }
        if accepted <= through && e.status.isOpen {
            open += 1
            if e.status == .yellow { yellow += 1 } else if e.status == .red { red += 1 }
            let due = e.deadline.dayNumber
            if e.status == .red && due >= from && due <= through { redDueInPeriod += 1 }
            counted = true
        }
        return counted
    }
}
