/// Material for "存在的问题".
public struct ProblemItem: Codable, Sendable, Equatable {
    public enum Source: String, Codable, Sendable {
        /// An open rectification item (整改事项): `text` is its title.
        case rectification
        /// A late report (迟报): `text` names the report.
        case lateReport
        /// A missing report (漏报): `text` names the report.
        case missingReport
        /// A target behind schedule the server flagged itself: `text` is a full clause.
        case target
        /// A note the user wrote: `text` is a full clause.
        case note
    }

    public var text: String
    public var source: Source
    public var ref: SourceRef?

    public init(text: String, source: Source, ref: SourceRef? = nil) {
        self.text = text
        self.source = source
        self.ref = ref
    }
}

/// Material for "下半年工作打算".
public struct PlanItem: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        /// A planned ledger entry: `text` is a verb phrase ("举办“七一”主题文艺演出").
        case planned
        /// A reporting deadline: `text` names what is due ("报送第三季度工作动态").
        case deadline
    }

    public var text: String
    public var kind: Kind
    public var dueDate: DocDate?
    public var ref: SourceRef?

    public init(text: String, kind: Kind = .planned, dueDate: DocDate? = nil, ref: SourceRef? = nil) {
        self.text = text
        self.kind = kind
        self.dueDate = dueDate
        self.ref = ref
    }
}

/// A supervisor's ranking of subordinate units on one indicator.
public struct RankingInput: Codable, Sendable, Equatable {
    /// "各街道文艺演出开展情况".
    public var title: String
    public var indicator: String
    public var measureWord: String
    public var rows: [RankingRow]

    public init(title: String, indicator: String, measureWord: String, rows: [RankingRow]) {
        self.title = title
        self.indicator = indicator
        self.measureWord = measureWord
        self.rows = rows
    }
}

public struct RankingRow: Codable, Sendable, Equatable {
    public var unitName: String
    public var value: Double
    public var qualifier: Qualifier?
    public var refs: [SourceRef]

    public init(unitName: String, value: Double, qualifier: Qualifier? = nil, refs: [SourceRef]) {
        self.unitName = unitName
        self.value = value
        self.qualifier = qualifier
        self.refs = refs
    }
}
