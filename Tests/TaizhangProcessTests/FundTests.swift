import Testing
import TaizhangDomain
@testable import TaizhangProcess

@Suite("Funds")
struct FundTests {
    static let funds = PF.rules.funds

    static func codes(_ e: Expenditure, plan: FundPlan? = PF.plan, existing: [Expenditure] = [],
                      rules: FundRules = funds) -> [String] {
        Earmark.refusals(e, plan: plan, existing: existing, rules: rules).map(\.code)
    }

    static func review(_ d: ReviewDepartment, _ ok: Bool, _ day: Int) -> FundPlanReview {
        FundPlanReview(department: d, approved: ok, date: CivilDate(2025, 3, day))
    }

    /// SPEC §4.3 review and filing.
    @Test(arguments: [
        ([], nil, FundPlanStatus.draft),
        ([review(.finance, true, 1)], nil, .underReview),
        ([review(.finance, true, 1), review(.culture, false, 2)], nil, .refused),
        ([review(.finance, true, 1), review(.culture, false, 2), review(.culture, true, 5)], nil, .approved),
        ([review(.finance, true, 1), review(.culture, true, 2)], CivilDate(2025, 3, 9), .filed),
    ] as [([FundPlanReview], CivilDate?, FundPlanStatus)])
    func planStatus(reviews: [FundPlanReview], filedOn: CivilDate?, expected: FundPlanStatus) {
        var plan = PF.plan
        plan.reviews = reviews; plan.filedOn = filedOn

        #expect(plan.status(rules: Self.funds) == expected)
    }

    /// SPEC §4.3: a line in each of the six categories may be spent on; any other may not.
    @Test(arguments: PF.rules.funds.categories.map(\.code) + ["office_car"])
    func categoryBands(category: String) {
        var plan = PF.plan
        plan.lines[0].category = category

        let refused = Self.codes(PF.spend(1, line: 1, 1_000), plan: plan)

        #expect(refused == (category == "office_car" ? ["category_not_allowed"] : []))
    }

    /// Line 1 has 1000 yuan central: up to it is fine, one fen more is refused with the amounts.
    @Test(arguments: [(99_999, true), (100_000, true), (100_001, false)])
    func budgetEdge(total: Fen, allowed: Bool) throws {
        let existing = [PF.spend(1, line: 1, 60_000)]
        let e = PF.spend(2, line: 1, total - 60_000)

        let refusals = Earmark.refusals(e, plan: PF.plan, existing: existing, rules: Self.funds)

        #expect(refusals.isEmpty == allowed)
        if !allowed {
            #expect(refusals.map(\.code) == ["over_budget"])
            #expect(refusals[0].zh.contains("预算1,000.00元，已支出600.00元，本次400.01元，超出0.01元"))
            #expect(PF.refusal { try Earmark.admit(e, plan: PF.plan, existing: existing, rules: Self.funds) } == "over_budget")
        }
    }

    @Test func outsideTheApprovedLinesOrPlanIsRefused() {
        var draft = PF.plan
        draft.reviews = []

        #expect(Self.codes(PF.spend(1, line: nil, 100)) == ["not_in_plan"])
        #expect(Self.codes(PF.spend(1, line: 7, 100)) == ["not_in_plan"])
        #expect(Self.codes(PF.spend(1, line: 1, 100), plan: draft) == ["plan_not_approved"])
        #expect(Self.codes(PF.spend(1, line: 1, 0), plan: nil) == ["amount_not_positive", "no_fund_plan"])
    }

    /// 不得充抵: central money cannot use the local budget; with the rule off the line is one pot.
    @Test(arguments: [(true, ["over_budget"]), (false, [])])
    func noSubstitution(enabled: Bool, expected: [String]) {
        var rules = Self.funds
        rules.noSubstitution.enabled = enabled
        let existing = [PF.spend(1, line: 1, 90_000)]

        #expect(Self.codes(PF.spend(2, line: 1, 20_000), existing: existing, rules: rules) == expected)
        #expect(Self.codes(PF.spend(3, line: 1, 40_000, .local), existing: existing, rules: rules) == [])
    }

    @Test func halfYearReportSeparatesCentralAndLocal() {
        let es = [PF.spend(1, line: 1, 20_000, .central, CivilDate(2025, 3, 20)), PF.spend(2, line: 1, 10_000, .local, CivilDate(2025, 8, 1)),
                  PF.spend(3, line: 2, 5_000, .central, CivilDate(2025, 9, 1)), PF.spend(4, line: nil, 7_000, .central, CivilDate(2025, 9, 2)),
                  PF.spend(5, line: 1, 1_000, .central, CivilDate(2026, 1, 2))]

        let r = HalfYearFundReport.build(unitName: "城关街道", plan: PF.plan, expenditures: es, period: .half(2025, 2), rules: PF.rules)

        #expect(r.title == "城关街道2025年下半年创建经费使用情况报告")
        #expect(r.copiesTo == ["省文化厅", "省财政厅"])
        #expect(r.rows[0].spentInPeriod == .init(central: 0, local: 10_000))
        #expect(r.rows[0].spentToDate == .init(central: 20_000, local: 10_000))
        #expect(r.rows[0].balance == .init(central: 80_000, local: 40_000))
        #expect(r.totals.spentToDate.total == 35_000 && r.totals.budget.total == 180_000)
        #expect(r.outsidePlan.map(\.id) == [4])
    }
}
