import TaizhangDomain

extension EntryPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        let e = m.entry
        return Layout.page(e.title, ctx) {
            div(.class("tz-toolbar")) {
                if e.needsConfirmation { UI.badge(t(.awaitingConfirmation), "pending") }
                if e.planned { UI.badge(t(.plannedBadge), "planned") }
                if m.canEdit { a(.class("tz-btn tz-btn-primary"), .href("/ledger/\(e.id)/edit")) { t(.editEntry) } }
            }
            if e.needsConfirmation { p(.class("tz-alert"), .role("note")) { t(.pendingExplained) } }
            UI.facts([
                (t(.unit), text(m.unitName)), (t(.date), text(e.dateText(t.lang))), (t(.category), text(t.category(e.category))),
                (t(.place), text(e.place ?? "—")),
                (t(.source), .fragment([text(t.source(e.source)), m.importedFrom.map { text(" " + $0) } ?? .none])),
                // The time on its own line: "王丽萍 · 5 December 2026 20:03" broke mid-date in its column.
                (t(.recordedBy), .fragment([text(m.recordedBy),
                                            m.recordedAt.map { at in .fragment([br(), small(.class("tz-muted")) { Fmt.stamp(at, t.lang) }]) } ?? .none])),
            ])
            div(.class("tz-columns")) {
                div(.class("tz-col-main")) {
                    UI.card(t(.indicatorValues)) {
                        if e.values.isEmpty { UI.empty(t(.noValues)) } else {
                            UI.table([t(.indicator), t(.value)], cls: "tz-values-table") {
                                for v in e.values {
                                    tr {
                                        td { t.pick(zh: v.name, en: v.nameEn) }
                                        td(.class("tz-num-cell")) { Fmt.quantity(v.value, qualifier: v.qualifier, measure: v.measureWord, t.lang) }
                                    }
                                }
                            }
                        }
                    }
                    if !m.narrative.isEmpty {
                        UI.card(t(.narrative)) { div(.class("tz-prose")) { for line in m.narrative.split(separator: "\n") { p { String(line) } } } }
                    }
                }
                div(.class("tz-col-side")) {
                    UI.card(t(.evidence) + t.paren(String(m.evidence.count)), id: "evidence") { evidence(m.evidence, t) }
                }
            }
        }
    }

    /// Photos as pictures (each opens full size), PDFs in the browser's viewer, the rest as downloads.
    static func evidence(_ items: [Evidence], _ t: Loc) -> Node {
        guard !items.isEmpty else { return UI.empty(t(.noEvidence)) }
        return div(.class("tz-evidence-gallery")) {
            for item in items {
                switch item.kind {
                case .image:
                    el("figure", [.class("tz-evidence-image")]) {
                        a(.href(item.url)) { Node.void("img", [Attribute("src", URLs.safe(item.url)), Attribute("alt", item.filename), Attribute("loading", "lazy")]) }
                        el("figcaption", []) { item.filename + " · " + item.sizeText }
                    }
                case .pdf:
                    p { a(.href(item.url), Attribute("target", "_blank"), Attribute("rel", "noopener")) { "📄 " + item.filename }
                        small(.class("tz-muted")) { " " + item.sizeText + " · " + t(.opensInBrowser) } }
                case .other:
                    p { a(.href(item.url), Attribute("download", nil)) { "📎 " + item.filename }; small(.class("tz-muted")) { " " + item.sizeText } }
                }
            }
        }
    }
}
