import Foundation

/// 按时 / 迟报 / 漏报 / 未到期 — derived from the plan and timestamps, never typed in.
public enum Timeliness: String, Codable, Sendable, CaseIterable {
    case onTime = "on_time"
    case late
    case missing
    case notDue = "not_due"
    /// No report was expected: the period began before the plan bound the unit
    /// (`ReportingPlan.expects`). Counts nowhere, neither as due nor as missing.
    case notExpected = "not_expected"

    /// Rule: a report is on time when it was first submitted before the end of its due
    /// day in Beijing time (the due date itself counts, "X日前" is inclusive in practice).
    /// Later first submission: late. None yet and the due day has passed: missing.
    /// None yet and still before the deadline: not due.
    /// The first submission counts even if the report was later returned and resubmitted:
    /// a return asks for corrections, it does not make the unit late.
    public static func evaluate(dueDate: CivilDate, firstSubmittedAt: Date?, now: Date) -> Timeliness {
        let deadline = dueDate.adding(days: 1).startInstant()
        if let at = firstSubmittedAt { return at < deadline ? .onTime : .late }
        return now < deadline ? .notDue : .missing
    }

    public var chinese: String {
        switch self { case .onTime: "按时"; case .late: "迟报"; case .missing: "漏报"; case .notDue: "未到期"; case .notExpected: "无需报送" }
    }
}
