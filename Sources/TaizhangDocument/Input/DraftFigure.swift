/// One indicator of a work area with the period's aggregate and what it came from.
public struct DraftFigure: Codable, Sendable, Equatable {
    public enum Aggregation: String, Codable, Sendable { case sum, max, latest, mean }

    /// "文艺演出场次": the catalog name, kept for traces and tables; prose never prints it.
    public var indicator: String
    /// The indicator as the subject of a sentence: "文艺演出", "文化市场检查".
    public var subject: String
    /// The phrase written before the number: "开展文艺演出", "受众达".
    public var verbPhrase: String
    /// 量词 / unit: "场", "人次", "万元", "%".
    public var measureWord: String
    /// The aggregate the server computed, in `measureWord` units.
    public var value: Double
    /// Non-nil when the aggregate is approximate (some part was "70余场").
    public var qualifier: Qualifier?
    public var aggregation: Aggregation
    /// The ledger entries behind `value`, with each one's contribution.
    public var entries: [EntryValue]
    public var lastYear: LastYearFigure?
    public var target: TargetFigure?
    /// The year's target when `target` is the period's own: what the plans must still reach.
    public var yearTarget: TargetFigure?
    /// A large roll-up's figure: its sources as queries (`SourceRef.query`) and how many
    /// values it stands on, in place of `entries` (then empty). Nil for a figure that lists its entries.
    public var trace: [SourceRef]? = nil
    public var entryCount: Int? = nil

    public var isApproximate: Bool { qualifier != nil }
    /// A rate or a stock (覆盖率, 团队数): compared by its values, never summed into "共".
    public var isLevel: Bool { aggregation != .sum || measureWord == "%" }

    public init(
        indicator: String, subject: String? = nil, verbPhrase: String, measureWord: String, value: Double,
        qualifier: Qualifier? = nil, aggregation: Aggregation = .sum, entries: [EntryValue],
        lastYear: LastYearFigure? = nil, target: TargetFigure? = nil
    ) {
        self.indicator = indicator
        self.subject = subject ?? indicator
        self.verbPhrase = verbPhrase
        self.measureWord = measureWord
        self.value = value
        self.qualifier = qualifier
        self.aggregation = aggregation
        self.entries = entries
        self.lastYear = lastYear
        self.target = target
    }

    /// A summed figure: the value is the sum of the entries and is approximate
    /// as soon as one part is (Qualifier.combine).
    public static func summing(
        indicator: String, subject: String? = nil, verbPhrase: String, measureWord: String, entries: [EntryValue],
        lastYear: LastYearFigure? = nil, target: TargetFigure? = nil
    ) -> DraftFigure {
        DraftFigure(
            indicator: indicator, subject: subject, verbPhrase: verbPhrase, measureWord: measureWord,
            value: entries.reduce(0) { $0 + $1.value },
            qualifier: Qualifier.combine(entries.map(\.qualifier)),
            entries: entries, lastYear: lastYear, target: target)
    }

    /// The entries as source references.
    public var entryRefs: [SourceRef] { trace ?? entries.map { .entry($0.id) } }
    /// Whether any value went into the figure (a zero figure with values says "暂无…").
    public var hasSources: Bool { !entries.isEmpty || (entryCount ?? 0) > 0 }
}

/// One ledger entry's contribution to a figure.
public struct EntryValue: Codable, Sendable, Equatable {
    public var id: String
    public var value: Double
    public var qualifier: Qualifier?

    public init(id: String, value: Double, qualifier: Qualifier? = nil) {
        self.id = id
        self.value = value
        self.qualifier = qualifier
    }
}

/// The same indicator in the same period last year.
public struct LastYearFigure: Codable, Sendable, Equatable {
    public var value: Double
    public var refs: [SourceRef]

    public init(value: Double, refs: [SourceRef]) {
        self.value = value
        self.refs = refs
    }
}

/// A target (目标任务) for the indicator.
public struct TargetFigure: Codable, Sendable, Equatable {
    public enum Scope: String, Codable, Sendable {
        /// 全年目标任务.
        case annual
        /// A target for this period only (e.g. 上半年目标).
        case period
    }

    public var value: Double
    public var scope: Scope
    public var refs: [SourceRef]
    /// 序时进度 at the period's end as the domain's one rule (`ScheduleProgress`) judged it:
    /// the percent that should be done and whether the figure lags it. Nil for inputs not
    /// built from the ledger (samples), which fall back to the period's share.
    public var schedule: Schedule?

    public struct Schedule: Codable, Sendable, Equatable {
        public var expectedPercent: Double
        public var behind: Bool
        public init(expectedPercent: Double, behind: Bool) { self.expectedPercent = expectedPercent; self.behind = behind }
    }

    public init(value: Double, scope: Scope = .annual, refs: [SourceRef], schedule: Schedule? = nil) {
        self.value = value
        self.scope = scope
        self.refs = refs
        self.schedule = schedule
    }
}
