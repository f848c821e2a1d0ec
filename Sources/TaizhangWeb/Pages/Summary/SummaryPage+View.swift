import TaizhangDocument

extension SummaryPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        let base = "/summaries/\(m.id)"
        let versionQuery: (String, String?) = ("version", m.version == m.latestVersion ? nil : String(m.version))
        return Layout.page(m.document.title, ctx) {
            div(.class("tz-toolbar")) {
                UI.tabs([(t(.editView), URLs.path(base, [versionQuery])),
                         (t(.readView), URLs.path(base, [versionQuery, ("view", "read")]))],
                        current: URLs.path(base, [versionQuery] + (m.mode == .read ? [("view", "read")] : [])), t(.summaryViews))
                span(.class("tz-export")) {
                    t(.export) + t.colon
                    for (format, name) in [("docx", "Word (.docx)"), ("md", "Markdown"), ("html", "HTML"), ("txt", "TXT")] {
                        a(.class("tz-btn tz-btn-plain"), .id("export-" + format),
                          .href(URLs.path(base + "/export", [("format", format), versionQuery]))) { name }
                    }
                }
            }
            if m.version != m.latestVersion {
                p(.class("tz-alert tz-alert-info")) { t(.oldVersionNotice) + " v\(m.version)" }
            }
            div(.class("tz-columns tz-summary-editor"), .data("numbers-url", "/api/summaries/\(m.id)/numbers"),
                .data("version", String(m.version))) {
                div(.class("tz-col-main")) {
                    if m.mode == .read {
                        // The export's own HTML: what the reader of the .html file sees.
                        Node.raw(TrustedHTML(generated: HTMLWriter().fragment(for: m.document)))
                        sideFindings(m.findings, t)
                    } else {
                        editor(m, ctx)
                    }
                }
                div(.class("tz-col-side")) {
                    if let n = m.numberSources { numberSources(n, closeURL: URLs.path(base, [versionQuery]), t) }
                    versions(m, ctx)
                }
            }
            div(.class("tz-popover"), .id("tz-trace-popover"), .role("dialog"), Attribute("hidden", nil), .aria("live", "polite")) {}
        }
    }

    static func editor(_ m: Model, _ ctx: PageContext) -> Node {
        let t = ctx.t
        let base = "/summaries/\(m.id)"
        let version: String? = m.version == m.latestVersion ? nil : String(m.version)
        let blocks = SummaryBlocks(m.document, t, numberLink: { URLs.path(base, [("version", version), ("number", String($0))]) + "#number-sources" })
        let editing = m.editable && m.version == m.latestVersion
        return div(.class("tz-summary-sections")) {
            for (sid, members) in blocks.sections {
                let ids = Set(members.map(\.id))
                section(.class("tz-sum-section"), .id("sec-" + sid)) {
                    div(.class("tz-sum-text tz-summary")) { for b in members { blocks.node(b) } }
                    sideFindings(m.findings.filter { $0.blockID.map(ids.contains) ?? false }, t)
                    if editing { sectionForm(m, sid, members, ctx) }
                }
            }
        }
    }

    /// One form per section: a textarea per paragraph, opened automatically when a save failed.
    static func sectionForm(_ m: Model, _ sid: String, _ members: [Block], _ ctx: PageContext) -> Node {
        let t = ctx.t
        let paragraphs = members.compactMap { b -> Paragraph? in if case .paragraph(let para) = b { para } else { nil } }
        guard !paragraphs.isEmpty else { return .none }
        let failed = m.failedSection == sid
        let f = Fields(state: failed ? m.form : .empty, t: t)
        return details(.class("tz-sum-edit"), .when(failed, Attribute("open", nil))) {
            summary { t(.editSection) }
            postForm("/summaries/\(m.id)/sections/\(URLs.encode(sid))", csrf: ctx.csrf, .class("tz-form")) {
                f.formError
                hidden("base_version", String(m.version))
                for (i, para) in paragraphs.enumerated() {
                    f.textarea("block." + para.id, t(.paragraph) + " \(i + 1)", value: para.runs.plainText, rows: 5)
                }
                p(.class("tz-hint")) { t(.editNumbersHint) }
                submitButton(t(.saveSection))
            }
        }
    }

    /// The chosen number's sources, listed by the server (the page without JavaScript).
    static func numberSources(_ n: NumberSources, closeURL: String, _ t: Loc) -> Node {
        section(.class("tz-card tz-number-sources"), .id("number-sources"), .aria("label", t(.numberSources))) {
            h2 { t(.numberSources) + t.colon + n.text }
            if n.sources.isEmpty { p(.class("tz-muted")) { t(.noSources) } } else {
                ul(.class("tz-sources")) {
                    for s in n.sources {
                        li {
                            if let url = s.url { a(.href(url)) { s.label } } else { s.label }
                            if let d = s.detail { small(.class("tz-muted")) { " " + d } }
                        }
                    }
                }
            }
            a(.href(closeURL)) { t(.closeSources) }
        }
    }

    static func sideFindings(_ items: [SideFinding], _ t: Loc) -> Node {
        guard !items.isEmpty else { return .none }
        return el("aside", [.class("tz-side-findings"), .aria("label", t(.findings))]) {
            ul {
                for f in items {
                    li(.class("tz-sev-" + f.severity.rawValue)) {
                        UI.badge(CheckerPage.kindName(f.kind, t), "sev-" + f.severity.rawValue)
                        " " + f.message
                        if !f.text.isEmpty { p(.class("tz-quote")) { "“" + f.text + "”" } }
                    }
                }
            }
        }
    }

    static func versions(_ m: Model, _ ctx: PageContext) -> Node {
        let t = ctx.t
        let f = Fields(state: FormState(values: ["a": String(max(1, m.version - 1)), "b": String(m.version)]), t: t)
        let options = m.versions.map { (String($0.number), "v\($0.number) · " + Fmt.stamp($0.at, t.lang)) }
        return UI.card(t(.versions)) {
            ol(.class("tz-versions"), Attribute("reversed", nil)) {
                for v in m.versions.sorted(by: { $0.number > $1.number }) {
                    li(.when(v.number == m.version, .aria("current", "true"))) {
                        a(.href(URLs.path("/summaries/\(m.id)", [("version", String(v.number))]))) { "v\(v.number)" }
                        " " + Fmt.stamp(v.at, t.lang) + " · " + v.author
                        if let note = v.note { small(.class("tz-muted")) { " " + note } }
                    }
                }
            }
            if m.versions.count > 1 {
                getForm("/summaries/\(m.id)/compare", .class("tz-form tz-compare-form")) {
                    f.select("a", t(.compareFrom), options: options)
                    f.select("b", t(.compareTo), options: options)
                    submitButton(t(.compare), kind: "plain")
                }
            }
        }
    }
}
