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
        /// A report the supervisor returned (退回): `text` names the report, `detail` is the comment.
        case returned
        /// A finding from the process records (a missing self-inspection report …): `text` is a full clause.
        case process
    }

    public var text: String
    public var source: Source
    public var ref: SourceRef?
    /// The return comment, or other detail worth quoting.
    public var detail: String?
    /// A rectification item past its deadline (逾期).
    public var overdue: Bool
    /// The clause already phrased with traced numbers (process findings); wins over `text`.
    public var runs: [Run]?

    public init(text: String, source: Source, ref: SourceRef? = nil, detail: String? = nil, overdue: Bool = false,
                runs: [Run]? = nil) {
        self.text = text
        self.source = source
        self.ref = ref
        self.detail = detail
        self.overdue = overdue
        self.runs = runs
    }
}

/// Material for "下半年工作打算".
public struct PlanItem: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        /// A planned ledger entry: `text` is a verb phrase ("举办“七一”主题文艺演出").
        case planned
        /// A reporting deadline: `text` names what is due ("报送第三季度工作动态").
        case deadline
        /// A rectification item due in the coming period: `text` is its finding.
        case rectification
        /// Process work due in the coming period (an inspection, a half-year report): a verb phrase.
        case process
        /// Work the unit did in the same half of last year (its festivals, its brands): a deed, undated.
        case recurring
    }

    public var text: String
    public var kind: Kind
    public var dueDate: DocDate?
    public var ref: SourceRef?
    /// A recurring deadline in words ("每月5日前") instead of one `dueDate`.
    public var schedule: String?
    /// Further sources (the other periods of a recurring deadline).
    public var moreRefs: [SourceRef]

    public init(text: String, kind: Kind = .planned, dueDate: DocDate? = nil, ref: SourceRef? = nil,
                schedule: String? = nil, moreRefs: [SourceRef] = []) {
        self.text = text
        self.kind = kind
        self.dueDate = dueDate
        self.ref = ref
        self.schedule = schedule
        self.moreRefs = moreRefs
    }

    public var refs: [SourceRef] { (ref.map { [$0] } ?? []) + moreRefs }
}

/// A supervisor's ranking of subordinate units on one indicator.
public struct RankingInput: Codable, Sendable, Equatable {
    /// "各街道文艺演出开展情况".
    public var title: String
    public var indicator: String
    /// The indicator in prose ("文艺演出"); nil uses `indicator`.
    public var subject: String?
    public var measureWord: String
    public var rows: [RankingRow]

    public init(title: String, indicator: String, subject: String? = nil, measureWord: String, rows: [RankingRow]) {
        self.title = title
        self.indicator = indicator
        self.subject = subject
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
