import TaizhangDomain

/// Demo fund plans and expenditures (SPEC §4.3).
extension ProcessDemoBuilder {
    /// Per creation: (category index, scope, central and local budget in 万元).
    static let lines: [[(Int, String, Int, Int)]] = [
        [(0, "“百姓大舞台”群众文化活动", 120, 100), (1, "鼓楼庙会等民俗文化保护", 60, 40), (2, "城郊村特色文化培育", 40, 30),
         (3, "社区文艺骨干培训", 50, 30), (4, "“15分钟文化圈”资源整合", 80, 120), (5, "创建宣传与制度设计研究", 50, 20)],
        [(2, "渔村文化礼堂特色活动", 80, 50), (1, "沙门渔歌传承保护", 50, 30), (3, "村级文艺团队培训", 30, 20)],
        [(0, "镇村群众文化活动", 60, 40), (2, "竹编文化特色村建设", 50, 30), (5, "创建宣传", 20, 10)],
    ]

    func funds() -> ([FundPlan], [Expenditure]) {
        var plans: [FundPlan] = [], spent: [Expenditure] = []
        for (i, c) in creations.enumerated() {
            let lines = Self.lines[i].enumerated().map { k, l in
                FundPlanLine(id: 10 * (i + 1) + k + 1, scope: l.1, category: rules.funds.categories[l.0 % rules.funds.categories.count].code,
                             purpose: "用于\(l.1)", expectedEffect: "形成可推广的\(l.1)经验",
                             centralBudget: Money.fen(yuan: l.2 * 10_000), localBudget: Money.fen(yuan: l.3 * 10_000))
            }
            let reviews = [FundPlanReview(department: .finance, approved: true, date: CivilDate(startYear, 3, 10), comment: "同意"),
                           FundPlanReview(department: .culture, approved: true, date: CivilDate(startYear, 3, 12), comment: "同意")]
            let plan = FundPlan(id: i + 1, unitID: c.unitID, title: "\(name(c.unitID))\(c.kind.chinese)创建经费使用方案",
                                lines: lines, reviews: reviews, filedOn: CivilDate(startYear, 3, 25))
            plans.append(plan)
            spent += expenditures(plan, firstID: 1000 * (i + 1))
        }
        // 专款专用 broken: a car bought with central subsidy, on no line of the plan.
        if let plan = plans.first(where: { $0.unitID == vetoedUnitID }) {
            let day = min(CivilDate(startYear, 11, 20), today.adding(days: -1))
            spent.append(Expenditure(id: 9999, unitID: vetoedUnitID, planID: plan.id, lineID: nil, amount: Money.fen(yuan: 250_000),
                                     date: day, source: .central, description: "购置公务用车"))
        }
        return (plans, spent)
    }

    /// Each half-year until today, 18% of each line's central and 15% of its local budget
    /// (so four half-years stay within budget), paid mid-half-year.
    private func expenditures(_ plan: FundPlan, firstID: Int) -> [Expenditure] {
        var out: [Expenditure] = []
        for half in halves {
            for (k, line) in plan.lines.enumerated() {
                let day = half.start.adding(days: 40 + 9 * k)
                guard day < today else { continue }
                for (source, share) in [(FundSource.central, 18), (.local, 15)] {
                    out.append(Expenditure(id: firstID + out.count + 1, unitID: plan.unitID, planID: plan.id, lineID: line.id,
                                           amount: line.budget(source) * share / 100, date: day, source: source,
                                           description: "\(half.chinesePrefix)\(line.scope)"))
                }
            }
        }
        return out
    }
}
