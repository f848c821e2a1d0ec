/// Who a plan's reminders reach, per plan (plans are data).
///
/// Rule (issue #16): the reminder goes to the person who fills the report — the unit's 填报员 —
/// and to its 联络员, who owns the unit's reporting; once the deadline has passed the unit's
/// 领导 is told as well, since a late report is now the unit's problem, not one person's.
/// Before, reminders went to the liaison and the leader and never reached the filer.
public struct ReminderAudience: Codable, Hashable, Sendable {
    /// Up to and on the due date.
    public var beforeDue: Set<Role>
    /// After the due date (overdue notices, a supervisor's chase after the deadline).
    public var afterDue: Set<Role>

    public init(beforeDue: Set<Role>, afterDue: Set<Role>) { self.beforeDue = beforeDue; self.afterDue = afterDue }

    public static let standard = ReminderAudience(beforeDue: [.staff, .liaison], afterDue: [.staff, .liaison, .leader])

    public func roles(overdue: Bool) -> Set<Role> { overdue ? afterDue : beforeDue }

    /// Every role any reminder of the plan may reach (to load the grants once).
    public var allRoles: Set<Role> { beforeDue.union(afterDue) }
}

extension ReportingPlan {
    /// The period a unit is being asked for now: the latest one that has ended. On 3 July a
    /// monthly plan asks for June (due 5 July), and still does on 10 July when June is late;
    /// July is asked for once it has ended. A plan whose first period has not ended asks for none.
    public func periodDueNow(_ today: CivilDate) -> Period? {
        let last = Period.containing(today, kind: periodKind).previous
        return applies(to: last) ? last : nil
    }
}

/// "本期应报 N，已报 X，未报：…" for one plan and period over a set of units: the
/// supervisor's roll call. Expected units are those the plan binds for the period
/// (`ReportingPlan.expects`), whether or not the deadline has passed.
public struct RollCall: Sendable, Hashable {
    public var planID: Int
    public var period: Period
    public var dueDate: CivilDate
    public var expected: [Unit]
    public var submitted: [Unit]
    public var missing: [Unit]

    public static func take(plan: ReportingPlan, period: Period, units: [Unit], submitted ids: Set<Int>,
                            calendar: HolidayCalendar = .current) -> RollCall {
        let expected = units.filter { plan.expects($0, for: period) }
        return RollCall(planID: plan.id, period: period, dueDate: plan.dueDate(for: period, calendar: calendar), expected: expected,
                        submitted: expected.filter { ids.contains($0.id) }, missing: expected.filter { !ids.contains($0.id) })
    }
}
