import TaizhangDomain

/// The breakdown of one case on one day: its status and why — the deadline, the working
/// days used and left, every step over its limit, and its abnormalities.
public struct CaseEvaluation: Hashable, Sendable {
    public var status: CaseStatus
    /// The last working day within the watched limit (the day of acceptance for 0 days).
    public var deadline: CivilDate
    public var statutoryDeadline: CivilDate
    /// Working days after the day of acceptance up to completion (open: up to the day).
    public var usedDays: Int
    /// Open cases: working days left after the day through the deadline (negative: over).
    public var daysLeft: Int?
    /// Past the statutory limit (违法超期), beyond merely missing the promise.
    public var overStatutory: Bool
    public var stepOverruns: [StepOverrun]
    public var abnormalities: Abnormalities

    public var isAbnormal: Bool { !abnormalities.isEmpty }
}

/// A step that took (or is taking) more working days than its limit.
public struct StepOverrun: Codable, Hashable, Sendable {
    public var code: String
    public var name: String
    public var limitDays: Int
    public var usedDays: Int
    /// The step is still running (its overrun grows).
    public var open: Bool
}
