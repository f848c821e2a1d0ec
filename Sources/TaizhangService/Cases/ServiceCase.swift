import Foundation
import TaizhangDomain

/// A case (办件) as the approval system reports it: the item, who handled it, when it was
/// accepted and completed, its outcome, and the steps with their timestamps. Its status is
/// never stored: `CaseEvaluator` computes it from these facts and a day.
///
/// The limits are those in force on the day of acceptance, copied from the item when the
/// case is imported: shortening an item's promise (7 → 3 working days) must not turn
/// cases accepted earlier overdue.
public struct ServiceCase: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    /// 办件编号, unique per centre.
    public var number: String
    public var itemID: Int
    public var departmentID: Int
    public var windowID: Int?
    public var staffID: Int?
    public var applicant: String
    public var acceptedAt: Date
    public var completedAt: Date?
    /// Nil while the case is open.
    public var outcome: CaseOutcome?
    /// The written reason of a refusal (不予受理/不予许可须说明理由).
    public var reason: String
    public var kind: ServiceItem.Kind
    public var statutoryDays: Int
    public var promisedDays: Int
    public var steps: [CaseStep]

    public init(id: Int, number: String, itemID: Int, departmentID: Int, windowID: Int? = nil, staffID: Int? = nil,
                applicant: String = "", acceptedAt: Date, completedAt: Date? = nil, outcome: CaseOutcome? = nil,
                reason: String = "", kind: ServiceItem.Kind = .promised, statutoryDays: Int, promisedDays: Int,
                steps: [CaseStep] = []) {
        self.id = id; self.number = number; self.itemID = itemID; self.departmentID = departmentID
        self.windowID = windowID; self.staffID = staffID; self.applicant = applicant
        self.acceptedAt = acceptedAt; self.completedAt = completedAt; self.outcome = outcome; self.reason = reason
        self.kind = kind; self.statutoryDays = statutoryDays; self.promisedDays = promisedDays; self.steps = steps
    }

    /// The limit the warnings watch under `basis`.
    public func limit(_ basis: CaseRules.Basis) -> Int {
        basis == .statutory ? statutoryDays : promisedDays
    }

    public var acceptedDay: CivilDate { CivilDate(dayNumber: CivilDate.beijingDayNumber(acceptedAt)) }
    public var completedDay: CivilDate? { completedAt.map { CivilDate(dayNumber: CivilDate.beijingDayNumber($0)) } }
}

public enum CaseOutcome: String, Codable, Hashable, Sendable, CaseIterable {
    /// 准予 / 办结.
    case approved
    /// 不予受理 / 不予许可.
    case refused
    /// 申请人撤回.
    case withdrawn

    public var chinese: String {
        switch self { case .approved: "准予办结"; case .refused: "不予许可"; case .withdrawn: "申请人撤回" }
    }
}

/// A step of a case with its own limit (from the item, as on the day of acceptance).
public struct CaseStep: Codable, Hashable, Sendable {
    public var code: String
    public var name: String
    public var limitDays: Int
    public var startedAt: Date
    public var finishedAt: Date?

    public init(code: String, name: String, limitDays: Int, startedAt: Date, finishedAt: Date? = nil) {
        self.code = code; self.name = name; self.limitDays = limitDays; self.startedAt = startedAt; self.finishedAt = finishedAt
    }
}
