import TaizhangDomain

/// 差评整改: a bad rating opens one, due within the rule's working days (15 by default)
/// after the day of the rating; it closes with the measures taken and, when the rules
/// require it, a callback to the person who rated (回访) on record.
public struct RatingFix: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var ratingID: Int
    public var caseID: Int
    public var departmentID: Int
    public var windowID: Int?
    public var openedOn: CivilDate
    public var deadline: CivilDate
    public internal(set) var measures: String
    public internal(set) var callbacks: [Callback]
    public internal(set) var closedOn: CivilDate?
    /// The rating was overturned on appeal: nothing to put right.
    public internal(set) var voided: Bool

    public init(id: Int, ratingID: Int, caseID: Int, departmentID: Int, windowID: Int?, openedOn: CivilDate, deadline: CivilDate,
                measures: String = "", callbacks: [Callback] = [], closedOn: CivilDate? = nil, voided: Bool = false) {
        self.id = id; self.ratingID = ratingID; self.caseID = caseID; self.departmentID = departmentID; self.windowID = windowID
        self.openedOn = openedOn; self.deadline = deadline; self.measures = measures; self.callbacks = callbacks
        self.closedOn = closedOn; self.voided = voided
    }

    /// The fix a rating needs: one for a bad rating, nil otherwise.
    public static func opening(id: Int, for rating: Rating, rules: RatingRules, table: WorkingDayTable) -> RatingFix? {
        guard rules.level(rating.level)?.bad == true else { return nil }
        let day = rating.ratedDay
        return RatingFix(id: id, ratingID: rating.id, caseID: rating.caseID, departmentID: rating.departmentID, windowID: rating.windowID,
                         openedOn: day, deadline: table.adding(workingDays: rules.rectification.workingDays, to: day))
    }

    public func status(asOf day: CivilDate) -> FixStatus {
        if voided { return .voided }
        if let closedOn { return closedOn <= deadline ? .closed : .closedLate }
        return day > deadline ? .overdue : .open
    }
}

/// 回访: who called whom, when, what they said, and whether the person is now satisfied.
public struct Callback: Codable, Hashable, Sendable {
    public var on: CivilDate
    public var by: String
    public var result: String
    public var satisfied: Bool

    public init(on: CivilDate, by: String, result: String, satisfied: Bool) {
        self.on = on; self.by = by; self.result = result; self.satisfied = satisfied
    }
}

public enum FixStatus: String, Codable, Hashable, Sendable, CaseIterable {
    case open, overdue, closed, closedLate = "closed_late", voided

    public var chinese: String {
        switch self {
        case .open: "整改中"; case .overdue: "逾期未整改"; case .closed: "已整改"; case .closedLate: "逾期整改"; case .voided: "申诉成立，免于整改"
        }
    }
}
