/// A case's status on a day, computed (SPEC §7): in time, yellow card (≤ N working days
/// left), red card (past the limit), or completed within / over the limit.
public enum CaseStatus: String, Codable, Hashable, Sendable, CaseIterable {
    case inTime = "in_time", yellow, red
    case completedInTime = "completed_in_time", completedLate = "completed_late"

    public var isOpen: Bool { self == .inTime || self == .yellow || self == .red }
    /// Over the limit: open past it, or completed after it.
    public var isOverdue: Bool { self == .red || self == .completedLate }
}

/// Why a case is abnormal (异常办件). A case can be abnormal for several reasons, and a
/// step over its limit makes it abnormal even when the case as a whole is in time.
public enum Abnormality: String, Codable, Hashable, Sendable, CaseIterable {
    case overdue, stepOverrun = "step_overrun", refusalWithoutReason = "refusal_without_reason"

    var bit: UInt8 {
        switch self { case .overdue: 1; case .stepOverrun: 2; case .refusalWithoutReason: 4 }
    }
}

/// A set of abnormalities in one byte: 100,000 evaluations allocate nothing for it.
public struct Abnormalities: OptionSet, Hashable, Sendable, Codable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public init(_ list: [Abnormality]) { self.init(rawValue: list.reduce(0) { $0 | $1.bit }) }

    public static func of(_ a: Abnormality) -> Abnormalities { Abnormalities(rawValue: a.bit) }
    public func contains(_ a: Abnormality) -> Bool { rawValue & a.bit != 0 }
    public var list: [Abnormality] { Abnormality.allCases.filter(contains) }
}
