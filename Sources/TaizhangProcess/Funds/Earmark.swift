import TaizhangDomain

/// SPEC §4.3 专款专用: whether an expenditure may be booked.
public enum Earmark {
    /// Every reason to refuse `e` (empty: it may be booked). `existing` are the unit's
    /// expenditures already booked (`e` itself is ignored there, so an edit re-checks).
    ///
    /// - SPEC §4.3 "belongs to an approved plan line": the plan must be approved by the
    ///   required departments and contain the line.
    /// - SPEC §4.3 "in an allowed category": the line's category is one of the rule set's.
    /// - SPEC §4.3 "within its budget": with 不得充抵 enabled the central and the local
    ///   budget of the line are separate pots; disabled, the line's total is one pot.
    public static func refusals(_ e: Expenditure, plan: FundPlan?, existing: [Expenditure], rules: FundRules) -> [DomainError] {
        var out: [DomainError] = []
        if e.amount <= 0 {
            out.append(DomainError("amount_not_positive", zh: "支出金额必须大于0", en: "The amount must be positive", field: "amount"))
        }
        guard let plan, plan.id == e.planID, plan.unitID == e.unitID else {
            return out + [DomainError("no_fund_plan", zh: "没有经费使用方案，不能列支", en: "No fund usage plan to book against", field: "plan_id")]
        }
        if !plan.isApproved(rules: rules) {
            out.append(DomainError("plan_not_approved", zh: "经费使用方案尚未经省财政、文化部门审核通过（\(plan.status(rules: rules).chinese)）",
                                   en: "The fund plan is not approved by the provincial departments yet", field: "plan_id"))
        }
        guard let line = plan.line(e.lineID) else {
            return out + [DomainError("not_in_plan", zh: "支出不属于已批准方案中的任何项目，专款专用，不能列支",
                                      en: "The expenditure belongs to no line of the approved plan", field: "line_id")]
        }
        if rules.category(line.category) == nil {
            out.append(DomainError("category_not_allowed", zh: "“\(line.scope)”不在中央补助资金允许的使用范围内",
                                   en: "“\(line.scope)” is outside the categories central subsidies may fund", field: "line_id"))
        }
        if let over = overrun(e, line: line, existing: existing, rules: rules) { out.append(over) }
        return out
    }

    /// Throws the first refusal, for callers that book one expenditure.
    public static func admit(_ e: Expenditure, plan: FundPlan?, existing: [Expenditure], rules: FundRules) throws {
        if let first = refusals(e, plan: plan, existing: existing, rules: rules).first { throw first }
    }

    private static func overrun(_ e: Expenditure, line: FundPlanLine, existing: [Expenditure], rules: FundRules) -> DomainError? {
        let separate = rules.noSubstitution.enabled
        let others = existing.filter { $0.id != e.id && $0.planID == e.planID }
        let budget = separate ? line.budget(e.source) : line.totalBudget
        let spent = others.spent(line: line.id, source: separate ? e.source : nil)
        guard spent + e.amount > budget else { return nil }
        let pot = separate ? e.source.chinese : "合计"
        return DomainError("over_budget",
                           zh: "超出预算：“\(line.scope)”\(pot)预算\(Money.yuan(budget))，已支出\(Money.yuan(spent))，本次\(Money.yuan(e.amount))，超出\(Money.yuan(spent + e.amount - budget))"
                               + (separate ? "（中央与地方资金分别核算，不得充抵）" : ""),
                           en: "Over budget: “\(line.scope)” \(separate ? e.source.rawValue : "total") budget \(budget) fen, spent \(spent), this \(e.amount), over by \(spent + e.amount - budget)",
                           field: "amount")
    }
}
