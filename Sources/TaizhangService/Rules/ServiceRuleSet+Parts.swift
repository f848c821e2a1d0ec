import TaizhangDomain

/// SPEC §7 督办: the two levels (a department's supervision group, then the supervision
/// office above the centre), each with the working days a department has to respond.
public struct OrderRules: Codable, Hashable, Sendable {
    /// Lowest level first; escalating moves to the next one.
    public var levels: [OrderLevel]
    /// Whether an order can be closed only after the department has responded.
    public var closeRequiresResponse: Bool

    public func level(_ code: String) -> OrderLevel? { levels.first { $0.code == code } }
    public func level(after code: String) -> OrderLevel? {
        guard let i = levels.firstIndex(where: { $0.code == code }), i + 1 < levels.count else { return nil }
        return levels[i + 1]
    }
}

public struct OrderLevel: Codable, Hashable, Sendable {
    public var code: String
    public var zh: String
    public var en: String
    public var responseWorkingDays: Int
    public var term: Term { Term(code, zh: zh, en: en) }
}

/// SPEC §7 一事一评 / 好差评 (国办发〔2019〕51号: five levels from 非常满意 to 非常不满意).
public struct RatingRules: Codable, Hashable, Sendable {
    /// Best first.
    public var levels: [RatingLevel]
    public var channels: [Term]
    public var autoInvitation: AutoInvitationRule
    public var rectification: RatingFixRule
    public var appeal: AppealRule
    public var ranking: RankingRule
    public var summons: SummonsRule

    public func level(_ code: String) -> RatingLevel? { levels.first { $0.code == code } }
    public func channel(_ code: String) -> Term? { channels.first { $0.code == code } }
}

public struct RatingLevel: Codable, Hashable, Sendable {
    public var code: String
    public var zh: String
    public var en: String
    /// Five stars for the best level down to one.
    public var score: Int
    /// Counts as satisfied in the satisfaction rate.
    public var satisfied: Bool
    /// A bad rating (差评): opens a rectification.
    public var bad: Bool
    public var term: Term { Term(code, zh: zh, en: en) }
}

/// A completed case with no rating after this many calendar days gets an automatic
/// invitation on this channel.
public struct AutoInvitationRule: Codable, Hashable, Sendable {
    public var afterDays: Int
    public var channel: String
}

/// A bad rating is put right within N working days, with a callback on record (回访).
/// Local implementing rules (e.g. Sichuan's, 2020) set 15 working days and a 100 % callback rate.
public struct RatingFixRule: Codable, Hashable, Sendable {
    public var workingDays: Int
    public var callbackRequired: Bool
}

/// Staff may appeal a rating (申诉) within N working days of it; the supervisor decides.
public struct AppealRule: Codable, Hashable, Sendable {
    public var withinWorkingDays: Int
}

/// The monthly window ranking counts only windows with at least this many ratings.
public struct RankingRule: Codable, Hashable, Sendable {
    public var minRatings: Int
}

/// A window ranked last this many months running is summoned for a talk (约谈).
public struct SummonsRule: Codable, Hashable, Sendable {
    public var consecutiveLastMonths: Int
}
