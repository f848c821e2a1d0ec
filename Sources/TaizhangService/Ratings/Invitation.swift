import Foundation
import TaizhangDomain

/// An invitation to rate a completed case (邀评), sent by a person or automatically.
public struct Invitation: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var caseID: Int
    public var channel: String
    public var sentAt: Date
    public var automatic: Bool

    public init(id: Int, caseID: Int, channel: String, sentAt: Date, automatic: Bool) {
        self.id = id; self.caseID = caseID; self.channel = channel; self.sentAt = sentAt; self.automatic = automatic
    }
}

public enum AutoInvitations {
    /// SPEC §7: completed cases with no rating and no invitation by `afterDays` calendar
    /// days after the day of completion, in case order — each gets an automatic invitation.
    public static func due(_ cases: [ServiceCase], rated: Set<Int>, invited: Set<Int>, asOf day: CivilDate,
                           rule: AutoInvitationRule) -> [ServiceCase] {
        let latest = day.dayNumber - rule.afterDays
        return cases.filter { c in
            guard let done = c.completedAt, CivilDate.beijingDayNumber(done) <= latest else { return false }
            return !rated.contains(c.id) && !invited.contains(c.id)
        }
    }
}
