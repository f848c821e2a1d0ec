import TaizhangDocument
import TaizhangDomain

extension DraftInputBuilder {
    /// "存在的问题": open rectification items (overdue ones marked), late and missing reports,
    /// returned reports with the comment, and notes. Targets behind 序时进度 the composer
    /// finds itself from the figures; process findings come from the creation work.
    static func problems(_ source: SummarySource) -> [ProblemItem] {
        var out = source.rectifications.map {
            ProblemItem(text: $0.title, source: .rectification, ref: SourceRef(.rectification, String($0.id)),
                        overdue: $0.dueDate.map { $0 < source.writtenOn } ?? false)
        }
        for r in source.reports {
            out.append(ProblemItem(text: r.name, source: r.kind == .late ? .lateReport : .missingReport,
                                   ref: .submission(r.refID)))
        }
        out += source.returns.map {
            ProblemItem(text: $0.name, source: .returned, ref: .record("submission", $0.submissionID), detail: $0.comment)
        }
        out += source.notes.map { ProblemItem(text: $0.text, source: .note, ref: SourceRef(.note, String($0.id))) }
        return out
    }

    /// "下半年工作打算", for the period after the summary's only: entries planned in it, the
    /// open rectification items falling due in it, and the reports due in it (a recurring
    /// report written once, "每月5日前").
    static func plans(_ source: SummarySource, deeds: DeedRules) -> [PlanItem] {
        let window = source.period.next
        let planned = source.entries.filter { $0.planned && window.contains($0.countsOn) }
            .sorted { ($0.countsOn, $0.id) < ($1.countsOn, $1.id) }
        var out = planned.map {
            PlanItem(text: deeds.deed(title: $0.title, category: $0.category), kind: .planned, dueDate: docDate($0.countsOn),
                     ref: .entry(String($0.id)))
        }
        out += recurring(source, deeds: deeds)
        out += source.rectifications.filter { $0.dueDate.map(window.contains) == true }.map {
            PlanItem(text: $0.title, kind: .rectification, dueDate: $0.dueDate.map(docDate), ref: SourceRef(.rectification, String($0.id)))
        }
        out += deadlines(source.deadlines.filter { window.contains($0.due) })
        return out
    }

    /// The biggest events (what the deed rules "举办": shows, festivals, exhibitions) of the same
    /// span a year earlier, one per title, as work to do again — by name, undated: last
    /// year's date is not this year's plan.
    static func recurring(_ source: SummarySource, deeds: DeedRules) -> [PlanItem] {
        let events = source.lastYearAhead.filter { !$0.planned && deeds.deed(title: $0.title, category: $0.category).hasPrefix("举办") }
            .sorted { ($0.values.map(\.value).max() ?? 0, $1.id) > ($1.values.map(\.value).max() ?? 0, $0.id) }
        var seen = Set<String>()
        return events.map { ($0, withoutYear(folded($0.title, place: $0.place))) }.filter { seen.insert($0.1).inserted }.prefix(3).map {
            PlanItem(text: $0.1, kind: .recurring, ref: .lastYear(String($0.0.id)))
        }
    }

    /// "2025年“我们的节日·中秋”…" → "“我们的节日·中秋”…".
    static func withoutYear(_ title: String) -> String {
        let chars = Array(title)
        guard chars.count > 5, chars.prefix(4).allSatisfy({ $0.isASCII && $0.isNumber }), chars[4] == "年" else { return title }
        return String(chars.dropFirst(5))
    }

    /// One item per plan: a single report by its date, a recurring one by its rule.
    static func deadlines(_ due: [UpcomingDeadline]) -> [PlanItem] {
        var order: [Int] = []
        var byPlan: [Int: [UpcomingDeadline]] = [:]
        for d in due {
            if byPlan[d.planID] == nil { order.append(d.planID) }
            byPlan[d.planID, default: []].append(d)
        }
        return order.compactMap { id -> PlanItem? in
            guard let ds = byPlan[id], let first = ds.first else { return nil }
            let refs = ds.map { SourceRef(.plan, String($0.planID)) }
            if ds.count == 1 { return PlanItem(text: first.name, kind: .deadline, dueDate: docDate(first.due), ref: refs[0]) }
            return PlanItem(text: first.planName, kind: .deadline, ref: refs[0], schedule: schedule(first), moreRefs: [])
        }
    }

    /// "每月5日前", "每季度次月10日前", "每期结束后15日内".
    static func schedule(_ d: UpcomingDeadline) -> String? {
        let every = switch d.periodKind { case .month?: "每月"; case .quarter?: "每季度"; case .halfYear?: "每半年"; default: "每期" }
        switch d.dueRule {
        case .dayOfNextMonth(let day)?: return d.periodKind == .month ? "每月\(day)日前" : "\(every)结束后次月\(day)日前"
        case .daysAfterPeriodEnd(let n)?: return "\(every)结束后\(n)日内"
        case .workingDaysAfterPeriodEnd(let n)?: return "\(every)结束后\(n)个工作日内"
        case nil: return nil
        }
    }
}
