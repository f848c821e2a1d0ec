import TaizhangDocument

extension ComparePage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        let f = Fields(state: FormState(values: ["a": String(m.from.number), "b": String(m.to.number)]), t: t)
        let options = m.versions.map { (String($0.number), "v\($0.number) · " + Fmt.stamp($0.at, t.lang)) }
        return Layout.page(t(.compareTitle) + t.colon + m.title, ctx) {
            getForm("/summaries/\(m.id)/compare", .class("tz-filters")) {
                f.select("a", t(.compareFrom), options: options)
                f.select("b", t(.compareTo), options: options)
                div(.class("tz-filter-actions")) {
                    submitButton(t(.compare), kind: "plain")
                    a(.href("/summaries/\(m.id)")) { t(.backToSummary) }
                }
            }
            p(.class("tz-lead")) {
                "v\(m.from.number) (" + Fmt.stamp(m.from.at, t.lang) + ", " + m.from.author + ") → v\(m.to.number) ("
                    + Fmt.stamp(m.to.at, t.lang) + ", " + m.to.author + ")"
            }
            if m.diff.isEmpty { UI.empty(t(.noChanges)) } else {
                ol(.class("tz-diff")) { for c in m.diff.changes { change(c, t) } }
            }
        }
    }

    static func kindName(_ k: DocumentDiff.Change.Kind, _ t: Loc) -> String {
        switch k {
        case .added: t(.diffAdded)
        case .removed: t(.diffRemoved)
        case .modified: t(.diffModified)
        case .moved: t(.diffMoved)
        }
    }

    static func change(_ c: DocumentDiff.Change, _ t: Loc) -> Node {
        li(.class("tz-diff-" + c.kind.rawValue)) {
            div(.class("tz-diff-head")) { UI.badge(kindName(c.kind, t), "diff-" + c.kind.rawValue) }
            switch c.kind {
            case .modified:
                p(.class("tz-diff-text")) { InlineDiff.pieces(c.before ?? "", c.after ?? "").map(\.node) }
            case .added:
                p(.class("tz-diff-text")) { ins { c.after ?? "" } }
            case .removed:
                p(.class("tz-diff-text")) { del { c.before ?? "" } }
            case .moved:
                p(.class("tz-diff-text")) { c.after ?? "" }
            }
        }
    }
}
