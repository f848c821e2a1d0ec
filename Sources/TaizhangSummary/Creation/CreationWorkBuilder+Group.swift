import TaizhangDocument
import TaizhangDomain
import TaizhangProcess

extension CreationWorkBuilder {
    /// SPEC §4.1: "成立由…任组长的…领导小组，成员8名…办公室设在…。上半年召开定期例会1次、
    /// 重大事项会商1次，研究…等事项，会议纪要均已存档。"
    func groupTopic() -> Topic? {
        guard let g = dossier.group else { return nil }
        var b = RunBuilder()
        let heads = g.heads.map { $0.department + $0.post }
        b.text(heads.isEmpty ? "成立\(g.name)" : "成立由\(heads.joined(separator: "、"))任组长的\(g.name)")
        b.text("，成员")
        b.count(g.members.count, "名", trace: [.record(ProcessRecordType.leadingGroup, g.id)])
        let departments = Self.distinct(g.members.map(\.department).filter { !$0.hasPrefix(unitName) }).prefix(4)
        if !departments.isEmpty { b.text("，涵盖\(departments.joined(separator: "、"))等部门") }
        if !g.office.isEmpty { b.text("，领导小组办公室设在\(g.office)") }
        let meetings = meetingsInPeriod
        guard !meetings.isEmpty else {
            b.text("。")
            return Topic(title: "强化组织领导", body: b)
        }
        b.text("。\(prefix)，领导小组召开")
        let kinds = GroupMeeting.Kind.allCases.map { k in (k, meetings.filter { $0.kind == k }) }.filter { !$0.1.isEmpty }
        b.list(kinds, separator: "、") { b, item in
            b.text(item.0.chinese)
            b.count(item.1.count, "次", trace: item.1.map { .record(ProcessRecordType.groupMeeting, $0.id) })
        }
        b.text("（\(meetings.map(\.date).map { "\($0.month)月\($0.day)日" }.joined(separator: "、"))），听取创建工作进展汇报，研究部署阶段性重点任务")
        if meetings.allSatisfy({ $0.minutes?.isOnFile ?? false }) { b.text("，会议纪要均已存档") }
        b.text("。")
        return Topic(title: "强化组织领导", body: b)
    }

    /// SPEC §4.2: the liaison in office and the national liaison meetings attended or hosted.
    func liaisonTopic() -> Topic? {
        let unit = source.unitID
        let active = dossier.liaisons.active(unitID: unit, on: min(period.end, asOf))
        let attended = source.liaisonMeetings.filter { period.contains($0.date) && $0.kind == kind && $0.attendingUnitIDs.contains(unit) }
            .sorted { $0.date < $1.date }
        guard active.count == 1 || !attended.isEmpty else { return nil }
        var b = RunBuilder()
        if let l = active.first, active.count == 1 {
            b.text("由\(l.post)\(l.name)担任\(kind.chinese)联络员")
            if period.contains(l.from) { b.text("（\(l.from.month)月\(l.from.day)日起）") }
            b.text("，负责与国家示范区办公室的日常联络")
        }
        if !attended.isEmpty {
            b.text(b.isEmpty ? "参加全国\(kind.chinese)联络员会议" : "，参加全国\(kind.chinese)联络员会议")
            b.count(attended.count, "次", trace: attended.map { .record(ProcessRecordType.liaisonMeeting, $0.id) })
            b.text("（\(attended.map { "\($0.date.month)月\($0.date.day)日" }.joined(separator: "、"))）")
            let hosted = attended.filter { $0.hostUnitID == unit }
            if let h = hosted.first { b.text("，并于\(h.date.month)月\(h.date.day)日承办会议") }
        }
        b.text("。")
        return Topic(title: "落实联络员制度", body: b)
    }

    static func distinct(_ xs: [String]) -> [String] {
        var seen = Set<String>()
        return xs.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
