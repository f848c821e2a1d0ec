/// The order of a list of reports: what needs the reader now first (issue #16: /submissions
/// sorted by period told nobody what to do next).
///
/// 1. reports the reader can act on now (her approval, her review, her returned report);
/// 2. then by how far along they are: returned, draft, submitted, approved by the leader, accepted;
/// 3. within a group the earliest deadline first, then the newest period — except accepted
///    reports, which are history: the newest first (a filer's list opened on 2024年12月's
///    accepted report, the current month's on page 3).
public enum SubmissionUrgency {
    public struct Key: Comparable, Sendable {
        var actionable: Int
        var stage: Int
        var due: CivilDate
        var period: Period

        public static func < (a: Key, b: Key) -> Bool {
            if a.actionable != b.actionable { return a.actionable < b.actionable }
            if a.stage != b.stage { return a.stage < b.stage }
            if a.due != b.due { return a.stage == 4 ? a.due > b.due : a.due < b.due }
            return a.period > b.period
        }
    }

    public static func key(status: SubmissionStatus, dueDate: CivilDate, period: Period, actionable: Bool) -> Key {
        let stage: Int
        switch status {
        case .returned: stage = 0
        case .draft: stage = 1
        case .submitted: stage = 2
        case .leaderApproved: stage = 3
        case .accepted: stage = 4
        }
        // Accepted reports are history whatever the reader could do with them.
        return Key(actionable: actionable && status != .accepted ? 0 : 1, stage: stage, due: dueDate, period: period)
    }
}
