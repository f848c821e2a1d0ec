import TaizhangDomain

/// Where a plan stands: 编制中 → 审核中 → 已批准 → 已备案, or 未通过审核.
public enum FundPlanStatus: String, Codable, Hashable, Sendable {
    case draft, underReview = "under_review", refused, approved, filed

    public var chinese: String {
        switch self { case .draft: "编制中"; case .underReview: "审核中"; case .refused: "未通过审核"; case .approved: "已批准"; case .filed: "已备案" }
    }
}

extension FundPlan {
    /// SPEC §4.3 review and filing: approved once the latest review of every required
    /// department approves it; filed once it is also filed with the national office.
    /// A refusal by any required department stands until a later review approves.
    public func status(rules: FundRules) -> FundPlanStatus {
        let latest = rules.requiredReviews.map { dept in reviews.filter { $0.department == dept }.max { $0.date < $1.date } }
        if latest.contains(where: { $0?.approved == false }) { return .refused }
        if latest.contains(where: { $0 == nil }) { return reviews.isEmpty ? .draft : .underReview }
        return filedOn != nil || !rules.filingRequired ? .filed : .approved
    }

    /// Expenditures may be booked against an approved plan (filing may follow later).
    public func isApproved(rules: FundRules) -> Bool { [.approved, .filed].contains(status(rules: rules)) }

    /// Lines whose category is not allowed for central subsidies (SPEC §4.3 the six uses).
    public func linesOutsideCategories(rules: FundRules) -> [FundPlanLine] {
        lines.filter { rules.category($0.category) == nil }
    }
}
