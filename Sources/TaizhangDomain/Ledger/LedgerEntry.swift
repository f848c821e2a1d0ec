/// One piece of work done (台账记录).
public struct LedgerEntry: Codable, Hashable, Sendable {
    public var unitID: Int
    public var category: EntryCategory
    public var title: String
    public var narrative: String
    public var place: String?
    public var date: CivilDate
    /// Last day of a date range (nil: a single day).
    public var endDate: CivilDate?
    public var values: [IndicatorValue]
    public var source: EntrySource
    /// Entries that are planned, not yet done (下半年工作打算 draws on these).
    public var planned: Bool

    public init(unitID: Int, category: EntryCategory, title: String, narrative: String = "", place: String? = nil,
                date: CivilDate, endDate: CivilDate? = nil, values: [IndicatorValue] = [],
                source: EntrySource = .typed, planned: Bool = false) {
        self.unitID = unitID; self.category = category; self.title = title; self.narrative = narrative
        self.place = place; self.date = date; self.endDate = endDate; self.values = values
        self.source = source; self.planned = planned
    }

    /// The day the entry counts on for period aggregation: its last day.
    public var countsOn: CivilDate { endDate ?? date }
}

public struct IndicatorValue: Codable, Hashable, Sendable {
    public var indicator: String
    public var value: Double
    /// 余 / 多 / 近 / 约 … when the source gave an approximate figure.
    public var qualifier: String?
    public init(indicator: String, value: Double, qualifier: String? = nil) {
        self.indicator = indicator; self.value = value; self.qualifier = qualifier
    }
}

public enum EntryCategory: String, Codable, Sendable, CaseIterable {
    case activity, meeting, training, inspection, publicity, enforcement, fund, other

    public var chinese: String {
        switch self {
        case .activity: "活动"; case .meeting: "会议"; case .training: "培训"; case .inspection: "检查"
        case .publicity: "宣传"; case .enforcement: "执法"; case .fund: "经费"; case .other: "其他"
        }
    }
}

public enum EntrySource: String, Codable, Sendable, CaseIterable {
    case typed, imported, api
}
