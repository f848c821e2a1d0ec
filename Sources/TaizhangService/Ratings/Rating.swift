import Foundation
import TaizhangDomain

/// One rating of a case (一事一评 / 好差评): a level of the rule set, the channel it came
/// through, and at most one appeal by the staff (申诉) that the supervisor decides; an
/// upheld appeal takes the rating out of every rate.
public struct Rating: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var caseID: Int
    public var departmentID: Int
    public var windowID: Int?
    public var staffID: Int?
    public var level: String
    public var channel: String
    public var ratedAt: Date
    public var comment: String
    public internal(set) var appeal: Appeal?

    public init(id: Int, caseID: Int, departmentID: Int, windowID: Int? = nil, staffID: Int? = nil, level: String,
                channel: String, ratedAt: Date, comment: String = "", appeal: Appeal? = nil) {
        self.id = id; self.caseID = caseID; self.departmentID = departmentID; self.windowID = windowID; self.staffID = staffID
        self.level = level; self.channel = channel; self.ratedAt = ratedAt; self.comment = comment; self.appeal = appeal
    }

    public var ratedDay: CivilDate { CivilDate(dayNumber: CivilDate.beijingDayNumber(ratedAt)) }
    /// Counts in the rates unless an appeal against it was upheld.
    public var counts: Bool { appeal?.decision?.upheld != true }

    /// A rating for `c` as given (一事一评: one per case); refused for an unknown level or
    /// channel, or when the case already has a rating that counts.
    public static func record(id: Int, case c: ServiceCase, level: String, channel: String, at instant: Date, comment: String,
                              existing: [Rating], rules: RatingRules) throws -> Rating {
        guard rules.level(level) != nil else {
            throw DomainError("unknown_level", zh: "未知的评价等级：\(level)。", en: "Unknown rating level \(level).", field: "level")
        }
        guard rules.channel(channel) != nil else {
            throw DomainError("unknown_channel", zh: "未知的评价渠道：\(channel)。", en: "Unknown rating channel \(channel).", field: "channel")
        }
        if existing.contains(where: { $0.caseID == c.id && $0.counts }) {
            throw DomainError("already_rated", zh: "办件\(c.number)已评价（一事一评）。", en: "Case \(c.number) already has a rating.")
        }
        return Rating(id: id, caseID: c.id, departmentID: c.departmentID, windowID: c.windowID, staffID: c.staffID,
                      level: level, channel: channel, ratedAt: instant, comment: comment)
    }
}

public struct Appeal: Codable, Hashable, Sendable {
    public var filedOn: CivilDate
    public var by: String
    public var reason: String
    /// Nil while pending.
    public var decision: AppealDecision?
}

public struct AppealDecision: Codable, Hashable, Sendable {
    public var upheld: Bool
    public var on: CivilDate
    public var by: String
    public var note: String
}
