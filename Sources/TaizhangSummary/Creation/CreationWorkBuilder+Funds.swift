import TaizhangDocument
import TaizhangDomain
import TaizhangProcess

extension CreationWorkBuilder {
    /// SPEC §4.3: "创建经费使用方案已经…审核并备案。上半年共使用创建经费123万元，其中中央补助资金
    /// 72万元、地方资金51万元，主要用于…；累计使用…，占方案预算…的…。" The amounts are those of
    /// the half-year fund usage report (`HalfYearFundReport`), split by source (不得充抵).
    func fundsTopic() -> Topic? {
        guard let plan = dossier.fundPlan else { return nil }
        let report = HalfYearFundReport.build(unitName: unitName, plan: plan, expenditures: dossier.expenditures,
                                              period: period, rules: rules)
        let planRef = SourceRef.record(ProcessRecordType.fundPlan, plan.id)
        var b = RunBuilder()
        switch plan.status(rules: rules.funds) {
        case .filed: b.text("《\(plan.title)》已经\(reviewers(plan))审核并报国家示范区办公室备案")
        case .approved: b.text("《\(plan.title)》已经\(reviewers(plan))审核通过")
        case let other: b.text("《\(plan.title)》目前处于\(other.chinese)阶段")
        }
        let inPeriod = expendituresInPeriod
        if inPeriod.isEmpty {
            b.text("，\(prefix)暂无创建经费支出。")
            return Topic(title: "规范经费管理", body: b)
        }
        b.text("。\(prefix)共使用创建经费")
        b.quantity(Self.wan(report.totals.spentInPeriod.total), "万元", nil, trace: Self.refs(inPeriod))
        let central = inPeriod.filter { $0.source == .central }, local = inPeriod.filter { $0.source == .local }
        if !central.isEmpty && !local.isEmpty {
            b.text("，其中中央补助资金")
            b.quantity(Self.wan(report.totals.spentInPeriod.central), "万元", nil, trace: Self.refs(central))
            b.text("、地方资金")
            b.quantity(Self.wan(report.totals.spentInPeriod.local), "万元", nil, trace: Self.refs(local))
        }
        let lines = report.rows.filter { $0.spentInPeriod.total > 0 }.sorted { $0.spentInPeriod.total > $1.spentInPeriod.total }
        if !lines.isEmpty {
            b.text("，主要用于")
            b.list(Array(lines.prefix(3)), separator: "、") { b, row in
                b.text(row.scope + "（")
                b.quantity(Self.wan(row.spentInPeriod.total), "万元", nil, trace: Self.refs(inPeriod.filter { $0.lineID == row.lineID }))
                b.text("）")
            }
            if lines.count > 3 {
                b.text("等")
                b.count(lines.count, "个", trace: Self.refs(inPeriod))
                b.text("方案项目")
            }
        }
        let toDate = dossier.expenditures.filter { $0.planID == plan.id && $0.date <= period.end && plan.line($0.lineID) != nil }
        let budget = report.totals.budget.total
        if budget > 0 {
            b.text("；创建以来累计使用")
            b.quantity(Self.wan(report.totals.spentToDate.total), "万元", nil, trace: Self.refs(toDate))
            b.text("，占方案预算")
            b.quantity(Self.wan(budget), "万元", nil, trace: [planRef])
            b.text("的")
            b.percent(Double(report.totals.spentToDate.total) / Double(budget) * 100, trace: Self.refs(toDate) + [planRef])
        }
        b.text(report.outsidePlan.isEmpty ? "，各项支出均按方案项目列支，中央与地方资金分别核算。" : "。")
        return Topic(title: "规范经费管理", body: b)
    }

    private func reviewers(_ plan: FundPlan) -> String {
        rules.funds.requiredReviews.map(\.chinese).joined(separator: "、")
    }
}
