import TaizhangDocument
import TaizhangDomain

extension DraftInputBuilder {
    /// "存在的问题": open rectification items, late and missing reports, and notes. Targets
    /// behind 序时进度 the composer finds itself from the figures.
    static func problems(_ source: SummarySource) -> [ProblemItem] {
        var out = source.rectifications.map {
            ProblemItem(text: $0.title, source: .rectification, ref: SourceRef(.rectification, String($0.id)))
        }
        for r in source.reports {
            out.append(ProblemItem(text: r.name, source: r.kind == .late ? .lateReport : .missingReport,
                                   ref: .submission(r.refID)))
        }
        out += source.notes.map { ProblemItem(text: $0.text, source: .note, ref: SourceRef(.note, String($0.id))) }
        return out
    }

    /// "下半年工作打算": entries planned after the period (those planned inside it but
    /// still not done are the user's to explain, not a plan), and the reporting deadlines
    /// of the next half-year.
    static func plans(_ source: SummarySource) -> [PlanItem] {
        let planned = source.entries.filter { $0.planned && $0.countsOn > source.period.end }
            .sorted { ($0.countsOn, $0.id) < ($1.countsOn, $1.id) }
        var out = planned.map {
            PlanItem(text: phrase(for: $0), kind: .planned, dueDate: docDate($0.countsOn), ref: .entry(String($0.id)))
        }
        out += source.deadlines.sorted { $0.due < $1.due }.map {
            PlanItem(text: "报送" + $0.name, kind: .deadline, dueDate: docDate($0.due), ref: SourceRef(.plan, String($0.planID)))
        }
        return out
    }

    /// A planned entry's title as a verb phrase: titles that already start with a verb
    /// stay; a bare event name gets "举办".
    static func phrase(for e: SourceEntry) -> String {
        let verbs = ["举办", "开展", "组织", "召开", "完成", "推进", "实施", "启动", "建设", "筹备", "参加", "做好", "加强", "落实", "新建", "送", "放映", "培训", "修订", "编制"]
        if verbs.contains(where: { e.title.hasPrefix($0) }) { return e.title }
        let verb: String = switch e.category {
        case .meeting: "召开"
        case .training: "举办"
        case .inspection, .enforcement: "开展"
        default: "举办"
        }
        // A title with its own quotation marks or book-title marks reads as a phrase already.
        let quoted = e.title.contains("“") || e.title.contains("《") ? e.title : "“\(e.title)”"
        return verb + quoted
    }
}
