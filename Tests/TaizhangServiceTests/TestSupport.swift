import Foundation
import Testing
import TaizhangDomain
@testable import TaizhangService

/// Shared builders for the service tests.
enum SF {
    static let rules: ServiceRuleSet = try! ServiceRuleSet.defaults()

    /// A test calendar: 2026-05-01…05-05 off (Fri–Tue), Sat 2026-05-09 a make-up working day.
    static let calendar = HolidayCalendar(code: "test", years: [HolidayCalendar.Year(
        year: 2026, notice: "测试用日历", holidays: [HolidayCalendar.Holiday(name: "劳动节", from: CivilDate(2026, 5, 1), to: CivilDate(2026, 5, 5))],
        workdays: [CivilDate(2026, 5, 9)])])
    static let table = WorkingDayTable(calendar, from: CivilDate(2025, 1, 1), through: CivilDate(2027, 12, 31))
    static let evaluator = CaseEvaluator(rules: rules.cases, table: table)

    /// An instant in Beijing time.
    static func at(_ y: Int, _ m: Int, _ d: Int, _ hour: Int = 9, _ minute: Int = 0) -> Date {
        CivilDate(y, m, d).startInstant().addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
    }

    /// A promised case of department 10, window 100, staff 1000, accepted at 9:00 on
    /// `accepted`, with the given limits.
    static func promised(_ id: Int = 1, accepted: CivilDate, completed: CivilDate? = nil, statutory: Int = 20, promised: Int = 3,
                         dept: Int = 10, window: Int = 100, staff: Int = 1000, steps: [CaseStep] = [],
                         outcome: CaseOutcome? = nil, reason: String = "") -> ServiceCase {
        ServiceCase(id: id, number: "BJ\(id)", itemID: 1, departmentID: dept, windowID: window, staffID: staff,
                    acceptedAt: at(accepted.year, accepted.month, accepted.day),
                    completedAt: completed.map { at($0.year, $0.month, $0.day, 16) },
                    outcome: completed == nil ? outcome : (outcome ?? .approved), reason: reason,
                    statutoryDays: statutory, promisedDays: promised, steps: steps)
    }

    static func step(_ code: String, limit: Int, _ start: CivilDate, _ finish: CivilDate?) -> CaseStep {
        CaseStep(code: code, name: code, limitDays: limit, startedAt: at(start.year, start.month, start.day, 10),
                 finishedAt: finish.map { at($0.year, $0.month, $0.day, 15) })
    }

    /// The code of the `DomainError` the body throws; nil when it does not throw.
    static func refusal(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch let e as DomainError { return e.code } catch { return "\(error)" }
    }
}
