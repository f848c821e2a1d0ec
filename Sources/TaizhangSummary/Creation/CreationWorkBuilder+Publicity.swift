import Foundation
import TaizhangDocument
import TaizhangDomain
import TaizhangProcess

extension CreationWorkBuilder {
    /// SPEC §4.5–4.6: information reported in the period, adoptions by outlet, and the
    /// publicity score of the scoring window that contains the period's end, with its parts.
    func publicityTopic() -> Topic? {
        let infoPlans = Set(PublicityScorer.informationPlans(kind, plans: source.plans, rules: rules).map(\.id))
        let reported = dossier.reports.filter { r in
            infoPlans.contains(r.planID) && r.firstSubmittedAt.map { period.contains(CivilDate($0)) } == true
        }
        let adopted = source.adoptions.filter { $0.unitID == source.unitID && period.contains($0.date) }
            .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        let score = publicityScore()
        guard !reported.isEmpty || !adopted.isEmpty || score != nil else { return nil }
        var b = RunBuilder()
        if !reported.isEmpty {
            b.text("\(prefix)报送工作动态、深度进展等信息")
            b.count(reported.count, "篇", trace: reported.map { .record(ProcessRecordType.submission, $0.id) })
        }
        if !adopted.isEmpty {
            let outlets = Self.distinct(adopted.map(\.outlet))
            b.text((b.isEmpty ? "" : "，") + "被\(outlets.prefix(3).joined(separator: "、"))\(outlets.count > 3 ? "等" : "")采用")
            b.count(adopted.count, "篇次", trace: adopted.map { .record(ProcessRecordType.adoption, $0.id) })
        }
        if let s = score {
            // Each report due in the window, submitted or not, as the reporting matrix names it.
            let reportRefs = s.reports.map { SourceRef.submission("\(source.unitID):\($0.planID):\($0.period.code)") }
            let adoptionRefs = s.lines.map { SourceRef.record(ProcessRecordType.adoption, $0.adoptionID) }
            if !reportRefs.isEmpty || !adoptionRefs.isEmpty {
                b.text((b.isEmpty ? "" : "；") + "按信息宣传工作评分办法，\(s.window.chineseLabel)得分")
                b.count(s.total, "分", trace: reportRefs + adoptionRefs)
                var parts: [(String, Int, [SourceRef])] = []
                if !reportRefs.isEmpty && s.base > 0 { parts.append(("基础分", s.base, reportRefs)) }
                if !adoptionRefs.isEmpty { parts.append(("媒体采用加分", s.adoptionPoints, adoptionRefs)) }
                b.text("（")
                if s.base == 0 && !reportRefs.isEmpty { b.text("评分期内有信息迟报、漏报，基础分未得分" + (parts.isEmpty ? "" : "；")) }
                b.list(parts, separator: "，") { b, p in
                    b.text(p.0)
                    b.count(p.1, "分", trace: p.2)
                }
                b.text(s.provisional ? "，评分期尚未结束，为阶段性得分）" : "）")
            }
        }
        guard !b.isEmpty else { return nil }
        b.text("。")
        return Topic(title: "加强信息宣传", body: b)
    }

    /// The score of the window holding the period's end (a zone's half-year, a project's cycle),
    /// judged at the end of the writing day. Nil when the creation had not begun.
    func publicityScore() -> PublicityScore? {
        let windows = PublicityScorer.windows(for: source.creation, rules: rules, through: period.end)
        guard let window = windows.last(where: { $0.contains(period.end) }) else { return nil }
        return PublicityScorer.score(source.creation, window: window, plans: source.plans, reports: dossier.reports,
                                     adoptions: source.adoptions, rules: rules, now: asOf.adding(days: 1).startInstant())
    }
}
