import TaizhangDomain

/// Every month's figures of a centre from the records (what `ServiceLedger` writes into
/// the ledger), and every staff member's monthly appraisal score — the same pure
/// computation for the server's routes and the demo's load.
public struct ServiceRecords: Sendable {
    public var cases: [ServiceCase]
    public var evaluations: [CaseEvaluation]
    public var orders: [SupervisionOrder]
    public var ratings: [Rating]
    public var fixes: [RatingFix]
    public var windows: [Int]
    public var staff: [ServiceStaff]
    public var typed: [AppraisalRecord]

    public init(cases: [ServiceCase], evaluations: [CaseEvaluation], orders: [SupervisionOrder] = [], ratings: [Rating] = [],
                fixes: [RatingFix] = [], windows: [Int] = [], staff: [ServiceStaff] = [], typed: [AppraisalRecord] = []) {
        self.cases = cases; self.evaluations = evaluations; self.orders = orders; self.ratings = ratings; self.fixes = fixes
        self.windows = windows; self.staff = staff; self.typed = typed
    }

    /// The months from the first case's through `through`, each with its figures;
    /// `online` gives a month's logins and cases viewed.
    public func months(through: CivilDate, asOf: CivilDate, rules: ServiceRuleSet,
                       online: (Period) -> (logins: Int, views: Int)) -> [ServiceMonth] {
        guard let first = cases.map(\.acceptedDay).min() else { return [] }
        let active = staff.filter(\.active).count
        var rankings: [Period: [RankRow]] = [:]
        return Period.range(.containing(first, kind: .month), through: .containing(through, kind: .month)).map { month in
            let sat = SatisfactionTable.compute(ratings, period: month, rules: rules.ratings)
            rankings[month] = WindowRanking.rank(sat.byWindow, windows: windows, rules: rules.ratings)
            let o = online(month)
            return ServiceMonth(
                month: month, cases: RateTable.compute(cases, evaluations, period: month, asOf: asOf).total,
                orders: Dictionary(grouping: orders.filter { month.contains($0.issuedOn) }, by: \.level).mapValues(\.count),
                ratings: sat.total, fixesClosed: fixes.filter { $0.closedOn.map(month.contains) == true }.count,
                callbacks: fixes.flatMap(\.callbacks).filter { month.contains($0.on) }.count,
                summoned: WindowRanking.summoned(month: month, rankings: rankings, rules: rules.ratings).count,
                appraised: month.end < asOf ? active : 0, logins: o.logins, casesViewed: o.views)
        }
    }

    /// Every active staff member's score for each month begun by `asOf`.
    public func scores(months: [Period], asOf: CivilDate, rules: ServiceRuleSet) -> [MonthlyScore] {
        months.filter { $0.start <= asOf }.flatMap { month -> [MonthlyScore] in
            let table = RateTable.compute(cases, evaluations, period: month, asOf: asOf)
            let sat = SatisfactionTable.compute(ratings, period: month, rules: rules.ratings)
            return staff.filter(\.active).map { s in
                Appraiser.score(AppraisalFacts.derive(staffID: s.id, month: month, cases: table.byStaff[s.id], ratings: sat.byStaff[s.id],
                                                      typed: typed), rules: rules.appraisal)
            }
        }
    }

    /// The election of a period from its months' scores.
    public func election(_ period: Period, asOf: CivilDate, rules: ServiceRuleSet) -> StarElection {
        let months = Period.range(.containing(period.start, kind: .month), through: .containing(period.end, kind: .month))
        return StarElector.elect(period: period, scores: scores(months: months, asOf: asOf, rules: rules), rules: rules.appraisal.stars)
    }
}
