import TaizhangDomain

/// SPEC §4.3: the half-year fund usage report to the national office (copies to the
/// provincial culture and finance departments), generated from the plan and the records.
public struct HalfYearFundReport: Codable, Hashable, Sendable {
    public struct Row: Codable, Hashable, Sendable {
        public var lineID: Int?
        public var scope: String
        public var category: String
        public var budget: Split
        public var spentInPeriod: Split
        public var spentToDate: Split
        public var balance: Split { Split(central: budget.central - spentToDate.central, local: budget.local - spentToDate.local) }
    }

    /// An amount split by source: central and local money are reported apart (不得充抵).
    public struct Split: Codable, Hashable, Sendable {
        public var central: Fen
        public var local: Fen
        public var total: Fen { central + local }
        public static func + (a: Split, b: Split) -> Split { Split(central: a.central + b.central, local: a.local + b.local) }
    }

    public var unitID: Int
    public var period: Period
    public var title: String
    public var addressee: String
    public var copiesTo: [String]
    public var rows: [Row]
    public var totals: Row
    /// Expenditures on no line of the plan, listed so the report hides nothing.
    public var outsidePlan: [Expenditure]

    /// SPEC §4.3 half-year report: per plan line, budget, spent in the half-year and to date
    /// (central and local apart) and balance; the copies-to list comes from the rule set.
    public static func build(unitName: String, plan: FundPlan, expenditures: [Expenditure], period: Period,
                             rules: ProcessRuleSet) -> HalfYearFundReport {
        let mine = expenditures.filter { $0.unitID == plan.unitID && $0.planID == plan.id && $0.date <= period.end }
        let rows = plan.lines.map { line in
            Row(lineID: line.id, scope: line.scope, category: rules.funds.category(line.category)?.zh ?? line.category,
                budget: Split(central: line.centralBudget, local: line.localBudget),
                spentInPeriod: split(mine, line: line.id, from: period.start),
                spentToDate: split(mine, line: line.id, from: nil))
        }
        let zero = Split(central: 0, local: 0)
        let totals = Row(lineID: nil, scope: "合计", category: "", budget: rows.map(\.budget).reduce(zero, +),
                         spentInPeriod: rows.map(\.spentInPeriod).reduce(zero, +), spentToDate: rows.map(\.spentToDate).reduce(zero, +))
        let copies = rules.halfYearReport(.fundUsage)?.copiesTo ?? rules.funds.reportCopiesTo
        return HalfYearFundReport(unitID: plan.unitID, period: period, title: "\(unitName)\(period.chineseLabel)创建经费使用情况报告",
                                  addressee: rules.funds.reportAddressee, copiesTo: copies, rows: rows, totals: totals,
                                  outsidePlan: mine.filter { plan.line($0.lineID) == nil })
    }

    private static func split(_ es: [Expenditure], line: Int, from: CivilDate?) -> Split {
        Split(central: es.spent(line: line, source: .central, from: from), local: es.spent(line: line, source: .local, from: from))
    }
}
