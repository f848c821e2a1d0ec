import Foundation
import Testing
@testable import TaizhangDomain

@Suite("Timeliness")
struct TimelinessTests {
    let due = CivilDate(2024, 7, 5)

    @Test func submittedOnTheDueDateBeforeMidnightIsOnTime() {
        let at = Fixture.beijing(2024, 7, 5, 23, 59, 59)

        let status = Timeliness.evaluate(dueDate: due, firstSubmittedAt: at, now: Fixture.beijing(2024, 8, 1))

        #expect(status == .onTime)
    }

    @Test func submittedDaysBeforeIsOnTime() {
        let at = Fixture.beijing(2024, 7, 2, 9, 30)

        let status = Timeliness.evaluate(dueDate: due, firstSubmittedAt: at, now: Fixture.beijing(2024, 7, 3))

        #expect(status == .onTime)
    }

    @Test(arguments: [0, 60, 86_400 * 3])
    func submittedAtOrAfterTheDeadlineIsLate(secondsAfterDeadline: Int) {
        let deadline = Fixture.beijing(2024, 7, 6)
        let at = deadline.addingTimeInterval(TimeInterval(secondsAfterDeadline))

        let status = Timeliness.evaluate(dueDate: due, firstSubmittedAt: at, now: Fixture.beijing(2024, 8, 1))

        #expect(status == .late)
    }

    @Test func deadlineIsMidnightInBeijingNotUTC() {
        // 23:30 UTC on 5 July is already 07:30 on 6 July in Beijing.
        let at = Date(timeIntervalSince1970: TimeInterval(CivilDate(2024, 7, 5).dayNumber * 86_400 + 23 * 3600 + 1800))

        let status = Timeliness.evaluate(dueDate: due, firstSubmittedAt: at, now: at)

        #expect(status == .late)
    }

    @Test func nothingSubmittedAfterTheDeadlineIsMissing() {
        let now = Fixture.beijing(2024, 7, 6, 0, 0, 1)

        let status = Timeliness.evaluate(dueDate: due, firstSubmittedAt: nil, now: now)

        #expect(status == .missing)
    }

    @Test func nothingSubmittedBeforeTheDeadlineIsNotDue() {
        let now = Fixture.beijing(2024, 7, 5, 23, 0)

        let status = Timeliness.evaluate(dueDate: due, firstSubmittedAt: nil, now: now)

        #expect(status == .notDue)
    }

    @Test func labels() {
        #expect(Timeliness.allCases.map(\.chinese) == ["按时", "迟报", "漏报", "未到期", "无需报送"])
        #expect(Timeliness.notDue.rawValue == "not_due")
    }
}
