import TaizhangDomain

/// SPEC §4.2: a liaison meeting of the national office for zones or for projects, hosted
/// in rotation. The host may be a zone/project outside this system (then `hostUnitID` is
/// nil and only `hostName` is known).
public struct LiaisonMeeting: Codable, Hashable, Sendable, Identifiable {
    public var id: Int
    public var kind: CreationKind
    /// The quarter (zones) or half-year (projects) the meeting belongs to.
    public var period: Period
    public var date: CivilDate
    public var hostUnitID: Int?
    public var hostName: String
    public var attendingUnitIDs: [Int]

    public init(id: Int, kind: CreationKind, period: Period, date: CivilDate, hostUnitID: Int?, hostName: String,
                attendingUnitIDs: [Int] = []) {
        self.id = id; self.kind = kind; self.period = period; self.date = date
        self.hostUnitID = hostUnitID; self.hostName = hostName; self.attendingUnitIDs = attendingUnitIDs
    }
}

public enum LiaisonMeetings {
    /// SPEC §4.2 cadence: the periods a liaison meeting is due in a year — quarters for
    /// zones, half-years for projects (`KindRule.liaisonMeetingEvery`).
    public static func due(kind: CreationKind, year: Int, rules: ProcessRuleSet) -> [Period] {
        let every = rules.kind(kind).liaisonMeetingEvery
        guard let first = Period(kind: every, year: year), let last = Period(kind: .year, year: year) else { return [] }
        return Period.range(first, through: Period.containing(last.end, kind: every))
    }

    /// Periods of `year` that have ended by `asOf` without a meeting of that kind.
    public static func missing(kind: CreationKind, year: Int, meetings: [LiaisonMeeting], rules: ProcessRuleSet,
                               asOf: CivilDate) -> [Period] {
        let held = Set(meetings.filter { $0.kind == kind }.map(\.period))
        return due(kind: kind, year: year, rules: rules).filter { $0.end < asOf && !held.contains($0) }
    }
}
