import TaizhangDocument
import TaizhangDomain
import TaizhangProcess

extension CreationWorkBuilder {
    /// A supervisor's roll-up over units that create zones or projects: one item per
    /// creation with its meetings, funds, adoptions and rectification in the period, and
    /// its process problems named by unit. Nil when no unit below is creating.
    static func rollUp(_ creations: [(name: String, source: CreationWorkSource)], period: Period, asOf: CivilDate) -> Result? {
        guard !creations.isEmpty else { return nil }
        let builders = creations.map { CreationWorkBuilder(source: $0.source, unitName: $0.name, period: period, asOf: asOf) }
        var lead = RunBuilder()
        lead.text("所属单位中，")
        let kinds = CreationKind.allCases.map { k in (k, builders.filter { $0.kind == k }) }.filter { !$0.1.isEmpty }
        lead.list(kinds, separator: "；") { b, item in
            b.text(item.1.map(\.unitName).joined(separator: "、") + "正在创建国家公共文化服务体系" + item.0.chinese)
        }
        lead.text("。\(period.chinesePrefix)各创建单位对照过程管理要求推进各项创建任务：")
        let topics = builders.compactMap { b -> CreationTopic? in
            let body = b.rollUpClause()
            return body.isEmpty ? nil : CreationTopic(title: b.unitName + b.kind.chinese + "创建", body: body.runs)
        }
        let problems = builders.flatMap { b in
            b.problems().map { p in
                var named = p
                named.text = b.unitName + p.text
                named.runs = p.runs.map { [.text(b.unitName)] + $0 }
                return named
            }
        }
        let word = kinds.count > 1 ? "示范区（项目）" : kinds[0].0.chinese
        return Result(section: CreationSection(kind: word, lead: lead.runs, topics: topics), problems: problems, plans: [])
    }

    /// "召开领导小组会议2次，使用创建经费123万元，信息被媒体采用7篇次，跟踪整改事项3项、已销号1项。"
    func rollUpClause() -> RunBuilder {
        var parts: [RunBuilder] = []
        let summary = summaryClause()
        if !summary.isEmpty {
            var b = RunBuilder()
            let meetings = meetingsInPeriod, spent = expendituresInPeriod
            if !meetings.isEmpty {
                b.text("召开领导小组会议")
                b.count(meetings.count, "次", trace: meetings.map { .record(ProcessRecordType.groupMeeting, $0.id) })
            }
            if !spent.isEmpty {
                b.text(b.isEmpty ? "使用创建经费" : "，使用创建经费")
                b.quantity(Self.wan(spent.map(\.amount).reduce(0, +)), "万元", nil, trace: Self.refs(spent))
            }
            parts.append(b)
        }
        let adopted = source.adoptions.filter { $0.unitID == source.unitID && period.contains($0.date) }
        if !adopted.isEmpty {
            var b = RunBuilder()
            b.text("信息被媒体采用")
            b.count(adopted.count, "篇次", trace: adopted.map { .record(ProcessRecordType.adoption, $0.id) })
            parts.append(b)
        }
        let items = itemsOfPeriod
        if !items.isEmpty {
            let closed = items.filter { $0.closedOn.map { $0 <= period.end } == true }
            var b = RunBuilder()
            b.text("跟踪整改事项")
            b.count(items.count, "项", trace: items.map(Self.ref))
            if !closed.isEmpty {
                b.text("、已销号")
                b.count(closed.count, "项", trace: closed.map(Self.ref))
            }
            parts.append(b)
        }
        var out = RunBuilder()
        guard !parts.isEmpty else { return out }
        out.list(parts, separator: "，") { o, p in o.append(p) }
        out.text("。")
        return out
    }
}
