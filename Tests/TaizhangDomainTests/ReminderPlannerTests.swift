import Foundation
import Testing
@testable import TaizhangDomain

@Suite("Reminders")
struct ReminderPlannerTests {
    /// 3 May 2024: April's report is due 5 May (2 days left, within the 3-day window);
    /// March's was due 5 April (overdue); May's is due 5 June (too early).
    let now = Fixture.beijing(2024, 5, 3, 10)

    @Test func approachingAndOverdueForUnitsThatHaveNotSubmitted() {
        let reminders = ReminderPlanner.due(now: now, plans: [Fixture.monthlyPlan], units: Fixture.units, submitted: [])

        let keys = Set(reminders.map(\.key))

        #expect(keys == ["2/1/2024M04/approaching", "3/1/2024M04/approaching",
                         "2/1/2024M03/overdue", "3/1/2024M03/overdue"])
        #expect(reminders.first { $0.period == .month(2024, 4) }?.dueDate == CivilDate(2024, 5, 5))
    }

    @Test func submittedUnitsAreNotReminded() {
        let submitted: Set = [ReminderPlanner.submissionKey(unitID: 2, planID: 1, period: .month(2024, 4)),
                              ReminderPlanner.submissionKey(unitID: 3, planID: 1, period: .month(2024, 3))]

        let reminders = ReminderPlanner.due(now: now, plans: [Fixture.monthlyPlan], units: Fixture.units, submitted: submitted)

        #expect(Set(reminders.map(\.key)) == ["3/1/2024M04/approaching", "2/1/2024M03/overdue"])
    }

    @Test func keysAreStableAcrossRuns() {
        let first = ReminderPlanner.due(now: now, plans: [Fixture.monthlyPlan], units: Fixture.units, submitted: [])
        let later = ReminderPlanner.due(now: now.addingTimeInterval(3600), plans: [Fixture.monthlyPlan],
                                        units: Fixture.units, submitted: [])

        #expect(first.map(\.key) == later.map(\.key))
        #expect(Set(first.map(\.key)).count == first.count)
    }

    @Test func outsideTheWindowNothingApproaches() {
        let early = Fixture.beijing(2024, 5, 1, 10) // April's due date is 4 days away

        let reminders = ReminderPlanner.due(now: early, plans: [Fixture.monthlyPlan], units: Fixture.units, submitted: [])

        #expect(reminders.allSatisfy { $0.kind == .overdue })
        #expect(!reminders.isEmpty)
    }

    @Test func onTheDueDateItIsStillApproaching() {
        let dueDay = Fixture.beijing(2024, 5, 5, 16)

        let reminders = ReminderPlanner.due(now: dueDay, plans: [Fixture.monthlyPlan], units: Fixture.units, submitted: [])

        #expect(reminders.filter { $0.period == .month(2024, 4) }.allSatisfy { $0.kind == .approaching })
    }

    @Test func lookbackLimitsHowFarBackGapsAreChased() {
        let reminders = ReminderPlanner.due(now: now, plans: [Fixture.monthlyPlan], units: Fixture.units,
                                            submitted: [], lookbackPeriods: 3)

        let periods = Set(reminders.map(\.period))

        #expect(periods == [.month(2024, 2), .month(2024, 3), .month(2024, 4)])
    }

    @Test func messagesNameThePeriodAndDate() {
        let reminder = Reminder(unitID: 2, planID: 1, period: .month(2024, 4), kind: .overdue, dueDate: CivilDate(2024, 5, 5))

        #expect(reminder.chineseMessage.contains("2024年4月"))
        #expect(reminder.chineseMessage.contains("2024年5月5日"))
    }
}
