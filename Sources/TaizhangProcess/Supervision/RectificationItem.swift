import TaizhangDomain

/// SPEC §4.4 整改事项: a finding to put right, with owner, deadline, evidence, extension
/// requests and close-off (销号). Changes go through `RectificationItem+Actions`.
public struct RectificationItem: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var unitID: Int
    public var finding: String
    public var source: FindingSource
    public var owner: String
    /// The deadline first set; `dueDate` applies approved extensions.
    public var deadline: CivilDate
    public internal(set) var extensions: [ExtensionRequest]
    public internal(set) var evidence: [Evidence]
    public internal(set) var closedOn: CivilDate?

    public init(id: Int, unitID: Int, finding: String, source: FindingSource, owner: String, deadline: CivilDate,
                extensions: [ExtensionRequest] = [], evidence: [Evidence] = [], closedOn: CivilDate? = nil) {
        self.id = id; self.unitID = unitID; self.finding = finding; self.source = source; self.owner = owner
        self.deadline = deadline; self.extensions = extensions; self.evidence = evidence; self.closedOn = closedOn
    }

    /// One open item per finding, ids from `firstID` on.
    public static func open(findings: [String], source: FindingSource, unitID: Int, owner: String, deadline: CivilDate,
                            firstID: Int) -> [RectificationItem] {
        findings.enumerated().map { i, f in
            RectificationItem(id: firstID + i, unitID: unitID, finding: f, source: source, owner: owner, deadline: deadline)
        }
    }

    /// SPEC §4.4 "owner, deadline": a new item's deadline lies ahead. An item opened with a
    /// deadline already past would be overdue the moment it exists; an old inspection's
    /// findings entered late get a deadline from today on.
    public static func deadlineRefusal(_ deadline: CivilDate, today: CivilDate) -> DomainError? {
        guard deadline < today else { return nil }
        return DomainError("deadline_past", zh: "整改期限\(deadline.chinese)已过，请设定今天（\(today.chinese)）或以后的日期",
                           en: "The deadline \(deadline) has passed: set today (\(today)) or later", field: "deadline")
    }

    /// The deadline in force: the latest approved extension's, else the original.
    public var dueDate: CivilDate {
        extensions.last { $0.decision?.approved == true }?.newDeadline ?? deadline
    }

    public func status(asOf: CivilDate) -> RectificationStatus {
        if let closedOn { return closedOn <= dueDate ? .closed : .closedLate }
        return asOf > dueDate ? .overdue : .open
    }
}

public enum RectificationStatus: String, Codable, Hashable, Sendable {
    case open, overdue, closed, closedLate = "closed_late"
    public var chinese: String {
        switch self { case .open: "整改中"; case .overdue: "逾期未整改"; case .closed: "已销号"; case .closedLate: "逾期销号" }
    }
}

/// Where a finding came from: an inspection or a self-inspection report.
public struct FindingSource: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable { case inspection, selfInspection = "self_inspection" }
    public var kind: Kind
    public var id: Int
    public init(_ kind: Kind, id: Int) { self.kind = kind; self.id = id }
}

public struct ExtensionRequest: Codable, Hashable, Sendable {
    public var requestedOn: CivilDate
    public var newDeadline: CivilDate
    public var reason: String
    /// Nil while pending.
    public var decision: ExtensionDecision?
}

public struct ExtensionDecision: Codable, Hashable, Sendable {
    public var approved: Bool
    public var on: CivilDate
    public var note: String
}

/// 整改佐证材料.
public struct Evidence: Codable, Hashable, Sendable {
    public var date: CivilDate
    public var text: String
    public var fileRef: String?
    public init(date: CivilDate, text: String, fileRef: String? = nil) { self.date = date; self.text = text; self.fileRef = fileRef }
}
