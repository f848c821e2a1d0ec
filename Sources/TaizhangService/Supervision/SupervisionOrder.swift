import TaizhangDomain

/// A supervision order (督办) on a case: issued at a level (a department's supervision
/// group, or the supervision office above the centre), answered by the department within
/// the level's working days, then closed by whoever issued it. An order not answered in
/// time, or closed while the case is still overdue, escalates to the next level.
public struct SupervisionOrder: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var caseID: Int
    public var departmentID: Int
    public var level: String
    public var issuedOn: CivilDate
    public var issuedBy: String
    public var reason: String
    /// The response deadline, fixed when issued (the level's working days after `issuedOn`).
    public var responseDue: CivilDate
    public internal(set) var response: OrderResponse?
    public internal(set) var closedOn: CivilDate?
    public internal(set) var conclusion: String
    /// The lower-level order this one escalates.
    public var escalatedFrom: Int?

    public init(id: Int, caseID: Int, departmentID: Int, level: String, issuedOn: CivilDate, issuedBy: String, reason: String,
                responseDue: CivilDate, response: OrderResponse? = nil, closedOn: CivilDate? = nil, conclusion: String = "",
                escalatedFrom: Int? = nil) {
        self.id = id; self.caseID = caseID; self.departmentID = departmentID; self.level = level; self.issuedOn = issuedOn
        self.issuedBy = issuedBy; self.reason = reason; self.responseDue = responseDue; self.response = response
        self.closedOn = closedOn; self.conclusion = conclusion; self.escalatedFrom = escalatedFrom
    }

    public func status(asOf day: CivilDate) -> OrderStatus {
        if closedOn != nil { return .closed }
        if let response { return response.on <= responseDue ? .responded : .respondedLate }
        return day > responseDue ? .overdue : .open
    }
}

public struct OrderResponse: Codable, Hashable, Sendable {
    public var on: CivilDate
    public var by: String
    public var text: String
}

public enum OrderStatus: String, Codable, Hashable, Sendable, CaseIterable {
    case open, overdue, responded, respondedLate = "responded_late", closed

    public var chinese: String {
        switch self {
        case .open: "待回复"; case .overdue: "逾期未回复"; case .responded: "已回复"
        case .respondedLate: "逾期回复"; case .closed: "已办结"
        }
    }
}
