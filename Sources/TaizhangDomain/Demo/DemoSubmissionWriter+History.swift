import Foundation

/// The event history of one submission, in Beijing office hours.
extension DemoSubmissionWriter {
    static let returnComments = [
        "请补充本期重点活动的图片和签到资料后重新报送。",
        "受众人次与活动场次明显不匹配，请核实后重新报送。",
        "内容过于简略，请按模板补充重点工作、主要数据和下一步打算。",
        "经费使用情况未说明资金来源和用途，请补充完善。",
    ]

    /// Events from first submission on; stops before `today` begins or at `stage`.
    /// Empty when the first submission itself would fall on or after today.
    func history(_ plan: ReportingPlan, _ t: DemoLayout.Township, _ period: Period, fate: Fate, stage: Stage,
                 rng: inout SplitMix64) -> [DemoEvent] {
        let due = plan.dueDate(for: period)
        var day: CivilDate
        if fate == .late {
            day = due.adding(days: rng.int(1...10))
            while !OfficeClock.isWorkday(day) { day = day.adding(days: 1) }
        } else {
            day = due.adding(days: -[0, 1, 1, 2, 2, 2, 3, 3, 4][rng.int(0...8)])
            while !OfficeClock.isWorkday(day) { day = day.adding(days: -1) }
            day = max(day, period.end)
        }
        var clock = OfficeClock(day: day, seconds: rng.int(8 * 3600 + 1800...17 * 3600 + 1800))
        var events: [DemoEvent] = []
        let cutoff = today.startInstant()
        func add(_ action: SubmissionAction, _ user: String, _ comment: String? = nil) -> Bool {
            guard clock.instant < cutoff else { return false }
            events.append(DemoEvent(action: action, at: clock.instant, username: user, comment: comment))
            return true
        }
        let liaison = DemoLayout.liaison(of: t), leader = DemoLayout.leader(of: t), supervisor = DemoLayout.supervisor
        guard add(.submit, liaison) else { return [] }
        if stage > 1, rng.chance(0.02) { // the leader sends it back before approving
            clock.advance(minutes: rng.int(30...180), rng: &rng)
            guard add(.return, leader, rng.pick(Self.returnComments)) else { return events }
            clock.nextWorkday(after: rng.int(0...1), rng: &rng)
            guard add(.submit, liaison) else { return events }
        }
        guard stage > 1 else { return events }
        clock.advance(minutes: rng.int(20...240), rng: &rng)
        guard add(.approve, leader) else { return events }
        guard stage > 2 else { return events }
        if rng.chance(0.05) { // the supervisor returns it with a comment
            clock.nextWorkday(after: rng.int(0...2), rng: &rng)
            guard add(.return, supervisor, rng.pick(Self.returnComments)) else { return events }
            clock.nextWorkday(after: rng.int(0...2), rng: &rng)
            guard add(.submit, liaison) else { return events }
            clock.advance(minutes: rng.int(20...120), rng: &rng)
            guard add(.approve, leader) else { return events }
        }
        clock.nextWorkday(after: rng.int(0...3), rng: &rng)
        _ = add(.accept, supervisor)
        return events
    }
}

/// A moving instant that stays inside office hours (8:30–17:30 Beijing, on working days of
/// the shipped holiday calendar; for years it does not cover, Monday–Friday outside the
/// Spring Festival, Labour Day and National Day holidays).
struct OfficeClock {
    static let calendar = (try? HolidayCalendar.shipped()) ?? .weekdaysOnly

    static func isWorkday(_ day: CivilDate) -> Bool {
        if calendar.covers(day.year) { return calendar.isWorkingDay(day) }
        guard day.weekday < 5 else { return false }
        if day.month == 10 && day.day <= 7 || day.month == 5 && day.day <= 5 { return false }
        let sinceSpringFestival = DemoFestival.springFestival.date(in: day.year).days(until: day)
        return !(-1...6).contains(sinceSpringFestival)
    }

    var day: CivilDate
    var seconds: Int

    static let opens = 8 * 3600 + 1800, closes = 17 * 3600 + 1800

    var instant: Date { day.startInstant().addingTimeInterval(TimeInterval(seconds)) }

    /// Later the same day, or the next working morning if that would be after hours.
    mutating func advance(minutes: Int, rng: inout SplitMix64) {
        seconds += minutes * 60
        if seconds > Self.closes { nextWorkday(after: 1, rng: &rng) }
    }

    /// `days` working days later (0: the next working day), at a random office time.
    mutating func nextWorkday(after days: Int, rng: inout SplitMix64) {
        var left = max(1, days)
        while left > 0 {
            day = day.adding(days: 1)
            if Self.isWorkday(day) { left -= 1 }
        }
        seconds = rng.int(Self.opens...(Self.closes - 1800))
    }
}
