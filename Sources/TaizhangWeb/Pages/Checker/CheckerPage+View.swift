import TaizhangDomain

extension CheckerPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        let f = Fields(state: m.form, t: t)
        return Layout.page(t(.checkerTitle), ctx) {
            p(.class("tz-lead")) { t(.checkerLead) }
            postForm("/check", csrf: ctx.csrf, multipart: true, .class("tz-form tz-check-form")) {
                f.formError
                f.textarea("text", t(.pasteText), rows: m.result == nil ? 12 : 4)
                f.file("file", t(.orUploadFile), accept: ".txt,.docx,text/plain", hint: t(.uploadHint))
                div(.class("tz-form-actions")) { submitButton(t(.runCheck)) }
            }
            if let r = m.result { result(r, m.canImport ? m.importPeriods : nil, ctx) }
        }
    }

    /// `importPeriods`: nil when the user may not import.
    static func result(_ r: Result, _ importPeriods: [Period]?, _ ctx: PageContext) -> Node {
        let t = ctx.t
        let counts = Severity.allCases.reversed().map { s in (s, r.findings.filter { $0.severity == s }.count) }
        return section(.class("tz-check-result"), .aria("label", t(.checkResult))) {
            h2 { t(.checkResult) + t.colon + r.documentName }
            p(.class("tz-summary-line")) {
                if r.findings.isEmpty { t(.noFindings) } else {
                    for (s, n) in counts where n > 0 { UI.badge(severityName(s, t) + " \(n)", "sev-" + s.rawValue); " " }
                }
                small(.class("tz-muted")) { " " + t(.encoding) + t.colon + r.encoding }
            }
            div(.class("tz-columns")) {
                div(.class("tz-col-main")) { Highlighter.render(r, t) }
                div(.class("tz-col-side")) { explanations(r.findings, t) }
            }
            if !r.outline.isEmpty { UI.card(t(.outline)) { outline(r.outline) } }
            if !r.quantities.isEmpty { UI.card(t(.quantities) + t.paren(String(r.quantities.count))) { quantities(r.quantities, t) } }
            if let periods = importPeriods, !periods.isEmpty {
                if !r.preview.isEmpty { UI.card(t(.importPreview)) { preview(r, t) } }
                postForm("/check/import", csrf: ctx.csrf, .class("tz-form tz-import-form")) {
                    hidden("name", r.documentName)
                    hidden("text", r.text)
                    p(.class("tz-hint")) { t(.importHint) }
                    Fields(state: .empty, t: t).select("period", t(.importPeriod), options: periods.map { ($0.code, $0.label(t.lang)) })
                    submitButton(t(.importToLedger), kind: "plain")
                }
            }
        }
    }

    static func severityName(_ s: Severity, _ t: Loc) -> String {
        switch s { case .error: t(.severityError); case .warning: t(.severityWarning); case .info: t(.severityInfo) }
    }

    static func kindName(_ k: Kind, _ t: Loc) -> String {
        switch k {
        case .placeholder: t(.findPlaceholder)
        case .missingNumber: t(.findMissingNumber)
        case .doubledQualifier: t(.findDoubledQualifier)
        case .arithmetic: t(.findArithmetic)
        case .numbering: t(.findNumbering)
        case .duplicate: t(.findDuplicate)
        case .boilerplate: t(.findBoilerplate)
        case .year: t(.findYear)
        case .style: t(.findStyle)
        }
    }

    /// The numbered list beside the text; each item links back to its mark and line.
    static func explanations(_ findings: [Finding], _ t: Loc) -> Node {
        ol(.class("tz-findings")) {
            for (i, f) in findings.enumerated() {
                li(.id("explain-\(i + 1)"), .class("tz-sev-" + f.severity.rawValue)) {
                    div {
                        UI.badge(severityName(f.severity, t), "sev-" + f.severity.rawValue)
                        " "
                        strong { kindName(f.kind, t) }
                        " "
                        a(.href("#find-\(i + 1)")) { t.lineNumber(f.line) }
                    }
                    p { f.message }
                    if !f.text.isEmpty { p(.class("tz-quote")) { "“" + f.text + "”" } }
                }
            }
        }
    }

    static func outline(_ items: [OutlineEntry]) -> Node {
        ul(.class("tz-outline")) {
            for o in items {
                li(.class("tz-outline-\(min(o.level, 5))")) { a(.href("#line-\(o.line)")) { o.marker + o.title } }
            }
        }
    }

    /// What confirming would write: one row per candidate, the text position linked.
    static func preview(_ r: Result, _ t: Loc) -> Node {
        div {
            p(.class("tz-hint")) {
                t(.importPreviewHint)
                if let period = r.documentPeriod { " " + t(.importDocumentPeriod) + t.colon + period.label(t.lang) }
            }
            UI.table([t(.subject), t(.value), t(.measure), t(.importParts), t(.line), t(.importNote)]) {
                for row in r.preview {
                    tr(.class(row.importable ? "tz-import-yes" : "tz-import-no")) {
                        td { (row.importable ? "✓ " : "— ") + row.title + (row.indicator.isEmpty ? "" : t.paren(row.indicator)) }
                        td(.class("tz-num-cell")) { Fmt.number(row.value, digits: 4) }
                        td { row.unit }
                        td { row.parts.joined(separator: "、") }
                        td { a(.href("#line-\(row.line)")) { "\(row.line):\(row.column)" } }
                        td { row.note.isEmpty ? t(.importWillCreate) : row.note }
                    }
                }
            }
        }
    }

    static func quantities(_ items: [Quantity], _ t: Loc) -> Node {
        UI.table([t(.asWritten), t(.value), t(.measure), t(.qualifier), t(.subject), t(.line)]) {
            for q in items {
                tr {
                    td { q.text }
                    td(.class("tz-num-cell")) { Fmt.number(q.normalized, digits: 4) }
                    td { q.unit }
                    td { q.qualifier ?? "" }
                    td { q.subject }
                    td { a(.href("#line-\(q.line)")) { String(q.line) } }
                }
            }
        }
    }
}
