import TaizhangDomain

/// SPEC §7 限时办结 as a pure function: a case, the rules and a day in → its status and
/// breakdown out. Everything counts working days through the table's calendar, the day of
/// acceptance (or of a step's start) not counted.
public struct CaseEvaluator: Sendable {
    public let rules: CaseRules
    public let table: WorkingDayTable
    private let enabled: Abnormalities

    public init(rules: CaseRules, table: WorkingDayTable) {
        self.rules = rules; self.table = table; enabled = rules.enabled
    }

    public func evaluate(_ c: ServiceCase, asOf: CivilDate) -> CaseEvaluation {
        let accepted = CivilDate.beijingDayNumber(c.acceptedAt), today = asOf.dayNumber
        let deadline = table.adding(workingDays: c.limit(rules.warningBasis), to: accepted)
        let statutory = table.adding(workingDays: c.statutoryDays, to: accepted)
        let done = c.completedAt.map(CivilDate.beijingDayNumber)
        let end = done ?? today
        let used = table.workingDays(after: accepted, through: end)
        let status: CaseStatus, left: Int?
        if let done {
            status = done <= deadline ? .completedInTime : .completedLate
            left = nil
        } else if today > deadline {
            status = .red
            left = -table.workingDays(after: deadline, through: today)
        } else {
            let l = table.workingDays(after: today, through: deadline)
            status = l <= rules.yellowWorkingDays ? .yellow : .inTime
            left = l
        }
        let overruns = stepOverruns(c, until: end)
        var flags = Abnormalities()
        if status.isOverdue { flags.insert(.of(.overdue)) }
        if !overruns.isEmpty { flags.insert(.of(.stepOverrun)) }
        if c.outcome == .refused && c.reason.allSatisfy(\.isWhitespace) { flags.insert(.of(.refusalWithoutReason)) }
        return CaseEvaluation(status: status, deadline: CivilDate(dayNumber: deadline), statutoryDeadline: CivilDate(dayNumber: statutory),
                              usedDays: used, daysLeft: left, overStatutory: end > statutory,
                              stepOverruns: overruns, abnormalities: flags.intersection(enabled))
    }

    /// Steps whose working days (start day not counted, up to the finish) exceed their
    /// limit; a step left running counts up to `until` (the day, or the case's completion).
    func stepOverruns(_ c: ServiceCase, until: Int) -> [StepOverrun] {
        var out: [StepOverrun] = []
        for s in c.steps {
            let start = CivilDate.beijingDayNumber(s.startedAt)
            let finish = s.finishedAt.map(CivilDate.beijingDayNumber)
            let used = table.workingDays(after: start, through: finish ?? until)
            if used > s.limitDays {
                out.append(StepOverrun(code: s.code, name: s.name, limitDays: s.limitDays, usedDays: used, open: finish == nil))
            }
        }
        return out
    }
}
