import TaizhangDomain
import TaizhangProcess

/// Checks of a fund plan as the unit writes it (SPEC §4.3).
enum FundPlanRules {
    static func inputProblems(_ input: FundPlans.PlanInput, rules: FundRules) -> [DomainError] {
        var out = [AppError.required(input.title, field: "title", zh: "方案名称")].compactMap { $0 }
        if input.lines.isEmpty {
            out.append(DomainError("no_lines", zh: "经费使用方案至少应有一个项目。", en: "The plan needs at least one line.", field: "lines"))
        }
        for (i, l) in input.lines.enumerated() {
            if let e = AppError.required(l.scope, field: "lines[\(i)].scope", zh: "使用范围") { out.append(e) }
            if rules.category(l.category) == nil {
                out.append(DomainError("category_not_allowed", zh: "“\(l.scope)”的类别“\(l.category)”不在允许的使用范围内（\(rules.categories.map(\.zh).joined(separator: "、"))）。",
                                       en: "Category \(l.category) is not allowed.", field: "lines[\(i)].category"))
            }
            if l.centralBudget < 0 || (l.localBudget ?? 0) < 0 {
                out.append(DomainError("negative_budget", zh: "预算不能为负数。", en: "Budgets cannot be negative.", field: "lines[\(i)]"))
            }
        }
        let ids = input.lines.compactMap(\.id).filter { $0 > 0 }
        if Set(ids).count != ids.count {
            out.append(DomainError("duplicate_line", zh: "项目编号重复。", en: "Duplicate line ids.", field: "lines"))
        }
        return out
    }

    /// The lines with ids: given ids kept, new lines numbered after the highest id so far.
    static func lines(_ input: [FundPlans.LineInput], old: [FundPlanLine]) -> [FundPlanLine] {
        var next = (old.map(\.id) + input.compactMap(\.id)).max().map { $0 + 1 } ?? 1
        return input.map { l in
            let id: Int
            if let given = l.id, given > 0 { id = given } else { id = next; next += 1 }
            return FundPlanLine(id: id, scope: l.scope, category: l.category, purpose: l.purpose ?? "", expectedEffect: l.expectedEffect ?? "",
                                centralBudget: l.centralBudget, localBudget: l.localBudget ?? 0)
        }
    }

    /// A line with expenditures must stay, with budgets not below what was spent from them.
    static func spendingProblems(_ plan: FundPlan, spent: [Expenditure], rules: FundRules) -> [DomainError] {
        var out: [DomainError] = []
        for lineID in Set(spent.compactMap(\.lineID)).sorted() {
            guard let line = plan.line(lineID) else {
                out.append(DomainError("line_in_use", zh: "项目\(lineID)已有支出，不能删除。", en: "Line \(lineID) has expenditures and cannot be removed.", field: "lines"))
                continue
            }
            let pots: [(FundSource?, Fen)] = rules.noSubstitution.enabled
                ? FundSource.allCases.map { ($0, line.budget($0)) } : [(nil, line.totalBudget)]
            for (source, budget) in pots where spent.spent(line: lineID, source: source) > budget {
                out.append(DomainError("budget_below_spent", zh: "“\(line.scope)”\(source?.chinese ?? "")预算低于已支出的\(Money.yuan(spent.spent(line: lineID, source: source)))。",
                                       en: "Line \(lineID) budget below what was spent.", field: "lines"))
            }
        }
        return out
    }
}
