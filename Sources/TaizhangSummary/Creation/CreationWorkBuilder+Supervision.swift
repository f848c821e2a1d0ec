import TaizhangDocument
import TaizhangDomain
import TaizhangProcess

extension CreationWorkBuilder {
    /// SPEC §4.4: inspections held and self-inspection reports filed in the period, and where
    /// the rectification items stood at its end (closed, under way, overdue).
    func supervisionTopic() -> Topic? {
        let held = dossier.inspections.filter { $0.heldOn.map(period.contains) == true }.sorted { $0.heldOn! < $1.heldOn! }
        let filed = dossier.halfYearReports.filter { $0.kind == .selfInspection && period.contains($0.filedOn) }
        let items = itemsOfPeriod
        guard !held.isEmpty || !filed.isEmpty || !items.isEmpty else { return nil }
        var clauses: [RunBuilder] = []
        for i in held {
            var c = RunBuilder()
            let who = i.inspectors.first ?? "上级督导组"
            c.text("\(i.heldOn!.month)月\(i.heldOn!.day)日，\(who)来\(unitName)开展督导检查")
            if !i.findings.isEmpty {
                c.text("，反馈问题")
                c.count(i.findings.count, "个", trace: [.record(ProcessRecordType.inspection, i.id)])
            }
            clauses.append(c)
        }
        for r in filed {
            var c = RunBuilder()
            c.text("\(r.filedOn.month)月\(r.filedOn.day)日报送\(r.period.chineseLabel)自查报告")
            if !r.findings.isEmpty {
                c.text("，查摆问题")
                c.count(r.findings.count, "个", trace: [.record(ProcessRecordType.halfYearReport, r.id)])
            }
            clauses.append(c)
        }
        if !items.isEmpty {
            let end = period.end
            let closed = items.filter { $0.closedOn.map { $0 <= end } == true }
            let overdue = items.filter { $0.status(asOf: end) == .overdue }
            var c = RunBuilder()
            c.text("建立整改台账，跟踪整改事项")
            c.count(items.count, "项", trace: items.map(Self.ref))
            if !closed.isEmpty {
                c.text("，截至\(end.month)月底已整改销号")
                c.count(closed.count, "项", trace: closed.map(Self.ref))
            }
            let open = items.count - closed.count
            if open > 0 {
                c.text("，")
                c.count(open, "项", trace: items.filter { !closed.contains($0) }.map(Self.ref))
                c.text(overdue.isEmpty ? "正在按期整改" : "仍在整改")
            }
            clauses.append(c)
        }
        var b = RunBuilder()
        b.list(clauses, separator: "；") { b, c in b.append(c) }
        b.text("。")
        return Topic(title: "抓好督导整改", body: b)
    }

    /// Items found by the period's end and not closed before it began.
    var itemsOfPeriod: [RectificationItem] {
        dossier.rectifications.filter { item in
            guard let found = foundOn(item), found <= period.end else { return false }
            return item.closedOn.map { $0 >= period.start } ?? true
        }.sorted { $0.id < $1.id }
    }

    /// The day an item's finding was made: its inspection's or its self-inspection report's.
    func foundOn(_ item: RectificationItem) -> CivilDate? {
        switch item.source.kind {
        case .inspection: dossier.inspections.first { $0.id == item.source.id }?.heldOn
        case .selfInspection: dossier.halfYearReports.first { $0.id == item.source.id }?.filedOn
        }
    }

    static func ref(_ item: RectificationItem) -> SourceRef { SourceRef(.rectification, String(item.id)) }
}
