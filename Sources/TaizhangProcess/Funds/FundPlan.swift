import TaizhangDomain

/// SPEC §4.3: a zone's/project's fund usage plan (经费使用方案): lines with scope, budget,
/// purpose and expected effect, reviewed by the provincial finance and culture departments
/// and filed with the national office.
public struct FundPlan: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var unitID: Int
    public var title: String
    public var lines: [FundPlanLine]
    public var reviews: [FundPlanReview]
    /// 备案: the day the national office filed the approved plan.
    public var filedOn: CivilDate?

    public init(id: Int, unitID: Int, title: String, lines: [FundPlanLine], reviews: [FundPlanReview] = [], filedOn: CivilDate? = nil) {
        self.id = id; self.unitID = unitID; self.title = title
        self.lines = lines; self.reviews = reviews; self.filedOn = filedOn
    }

    public func line(_ id: Int?) -> FundPlanLine? { id.flatMap { id in lines.first { $0.id == id } } }
}

/// One project of the plan. Central and local money have separate budgets (不得充抵).
public struct FundPlanLine: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    /// 使用范围, e.g. 社区文化活动品牌建设.
    public var scope: String
    /// One of the allowed categories (`FundRules.categories`).
    public var category: String
    public var purpose: String
    public var expectedEffect: String
    public var centralBudget: Fen
    public var localBudget: Fen

    public init(id: Int, scope: String, category: String, purpose: String, expectedEffect: String,
                centralBudget: Fen, localBudget: Fen = 0) {
        self.id = id; self.scope = scope; self.category = category; self.purpose = purpose
        self.expectedEffect = expectedEffect; self.centralBudget = centralBudget; self.localBudget = localBudget
    }

    public func budget(_ source: FundSource) -> Fen { source == .central ? centralBudget : localBudget }
    public var totalBudget: Fen { centralBudget + localBudget }
}

/// A provincial department's review of a plan; the latest review per department counts.
public struct FundPlanReview: Codable, Hashable, Sendable {
    public var department: ReviewDepartment
    public var approved: Bool
    public var date: CivilDate
    public var comment: String

    public init(department: ReviewDepartment, approved: Bool, date: CivilDate, comment: String = "") {
        self.department = department; self.approved = approved; self.date = date; self.comment = comment
    }
}

public enum ReviewDepartment: String, Codable, Hashable, Sendable, CaseIterable {
    case finance, culture
    public var chinese: String { self == .finance ? "省财政厅" : "省文化厅" }
}

/// 中央补助资金 / 地方创建经费.
public enum FundSource: String, Codable, Hashable, Sendable, CaseIterable {
    case central, local
    public var chinese: String { self == .central ? "中央补助资金" : "地方资金" }
}
