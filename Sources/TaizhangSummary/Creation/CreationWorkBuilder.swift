import Foundation
import TaizhangDocument
import TaizhangDomain
import TaizhangProcess

/// Phrases a creation's process records for one summary period in the official register:
/// the subsection "（一）示范区创建工作扎实推进" with one item per kind of record, the
/// problems they show and the process work falling due in the following period. Every
/// number is traced to the records (`SourceRef.record`).
public struct CreationWorkBuilder {
    public var source: CreationWorkSource
    public var unitName: String
    public var period: Period
    /// The day the draft is written: scores and report gaps are judged as of its end.
    public var asOf: CivilDate

    public init(source: CreationWorkSource, unitName: String, period: Period, asOf: CivilDate) {
        self.source = source; self.unitName = unitName; self.period = period; self.asOf = asOf
    }

    var dossier: ProcessDossier { source.dossier }
    var rules: ProcessRuleSet { source.rules }
    var kind: CreationKind { source.creation.kind }
    var prefix: String { period.chinesePrefix }
    /// "国家公共文化服务体系示范区".
    var fullKind: String { "国家公共文化服务体系" + kind.chinese }

    public struct Result: Sendable {
        public var section: CreationSection
        public var problems: [ProblemItem]
        public var plans: [PlanItem]
    }

    public func build() -> Result {
        let topics = [groupTopic(), liaisonTopic(), fundsTopic(), publicityTopic(), supervisionTopic()].compactMap { $0 }
        var lead = RunBuilder()
        let cycle = source.creation.cycle(years: rules.cycleYears)
        lead.text("\(unitName)是\(fullKind)创建单位，创建周期为\(cycle.start.year)—\(cycle.end.year)年。")
        lead.text("\(prefix)，对照创建标准和过程管理要求，" + (topics.isEmpty ? "创建过程记录尚待补充。" : "重点抓好以下工作："))
        let section = CreationSection(kind: kind.chinese, lead: lead.runs,
                                      topics: topics.map { CreationTopic(title: $0.title, body: $0.body.runs) },
                                      summary: summaryClause().runs)
        return Result(section: section, problems: problems(), plans: plans())
    }

    /// For the document's opening: "深入推进示范区创建，召开领导小组会议2次、使用创建经费123万元".
    func summaryClause() -> RunBuilder {
        var b = RunBuilder()
        let meetings = meetingsInPeriod
        let spent = expendituresInPeriod
        guard !meetings.isEmpty || !spent.isEmpty else { return b }
        b.text("深入推进\(kind.chinese)创建")
        if !meetings.isEmpty {
            b.text("，召开领导小组会议")
            b.count(meetings.count, "次", trace: meetings.map { .record(ProcessRecordType.groupMeeting, $0.id) })
        }
        if !spent.isEmpty {
            b.text(meetings.isEmpty ? "，使用创建经费" : "、使用创建经费")
            b.quantity(Self.wan(spent.map(\.amount).reduce(0, +)), "万元", nil, trace: Self.refs(spent))
        }
        return b
    }

    var meetingsInPeriod: [GroupMeeting] {
        (dossier.group?.meetings ?? []).filter { period.contains($0.date) }.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
    }

    /// Expenditures of the period booked on a line of the plan (those outside it are a problem, not a use).
    var expendituresInPeriod: [Expenditure] {
        guard let plan = dossier.fundPlan else { return [] }
        return dossier.expenditures.filter { period.contains($0.date) && $0.planID == plan.id && plan.line($0.lineID) != nil }
    }

    /// Fen to 万元.
    static func wan(_ fen: Fen) -> Double { Double(fen) / 1_000_000 }

    static func refs(_ es: [Expenditure]) -> [SourceRef] { es.map { .record(ProcessRecordType.expenditure, $0.id) } }

    struct Topic {
        var title: String
        var body: RunBuilder
    }
}
