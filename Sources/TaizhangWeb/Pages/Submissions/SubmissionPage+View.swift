import TaizhangDomain

extension SubmissionPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        let row = m.row
        return Layout.page(t.planName(row.planName) + " · " + row.period.label(t.lang), ctx) {
            // What the reviewer asked for comes first: the unit opens the page to fix exactly that.
            if row.status == .returned, let note = m.returnNote { returnBanner(note, t) }
            UI.facts([
                (t(.unit), text(row.unitName)), (t(.status), UI.status(row.status, t)),
                (t(.dueDate), .fragment([UI.date(row.dueDate, t.lang), text(" "), row.submittedAt == nil
                    ? UI.countdown(due: row.dueDate, today: ctx.today, t.lang) : .none])),
                (t(.timeliness), UI.timeliness(row.timeliness, t)),
            ])
            div(.class("tz-columns")) {
                div(.class("tz-col-main")) {
                    UI.card(t(.reportedValues)) {
                        valuesTable(m.values, t)
                        if m.canEdit { ledgerNotice(m, t) }
                    }
                    if let src = m.sources { sourcesCard(src, closeURL: "/submissions/\(row.id)", t) }
                    if !m.checks.isEmpty { checksList(m.checks, t) }
                    // The box's label is the card's heading (no second 报送说明 above it).
                    section(.class("tz-card tz-narrative-card"), .id("narrative")) {
                        if !m.canEdit { div(.class("tz-card-head")) { h2 { t(.reportNarrative) } } }
                        narrative(m, ctx)
                    }
                    if !m.attachments.isEmpty {
                        UI.card(t(.evidence)) {
                            ul { for e in m.attachments { li { a(.href(e.url)) { e.filename }; small(.class("tz-muted")) { " " + e.sizeText } } } }
                        }
                    }
                }
                div(.class("tz-col-side")) {
                    if !m.reviewActions.isEmpty { UI.card(t(.reviewTitle), id: "review") { SubmissionPage.actions(m, ctx) } }
                    UI.card(t(.timeline)) { timeline(m.timeline, t) }
                }
            }
        }
    }

    static func returnBanner(_ note: Event, _ t: Loc) -> Node {
        div(.class("tz-alert tz-alert-error tz-return-banner"), .role("alert")) {
            strong { t(.returnedBanner) }
            small(.class("tz-muted")) { " " + note.actor + " · " + Fmt.stamp(note.at, t.lang) }
            el("blockquote", [.class("tz-comment")]) { note.comment ?? "" }
        }
    }

    static func valuesTable(_ values: [Value], _ t: Loc) -> Node {
        guard !values.isEmpty else { return UI.empty(t(.noValues)) }
        return UI.table([t(.indicator), t(.value), t(.lastYear)], cls: "tz-values-table") {
            for v in values {
                tr {
                    td { t.pick(zh: v.value.name, en: v.value.nameEn) }
                    td(.class("tz-num-cell")) {
                        let shown = Fmt.quantity(v.value.value, qualifier: v.value.qualifier, measure: v.value.measureWord, t.lang)
                        // Every figure opens the ledger entries behind it.
                        if let url = v.sourcesURL { a(.class("tz-source-link"), .href(url), .title(t(.traceHint))) { shown } } else { shown }
                    }
                    td(.class("tz-num-cell")) { v.lastYear.map { Fmt.quantity($0, qualifier: nil, measure: v.value.measureWord, t.lang) } ?? "—" }
                }
            }
        }
    }

    /// Figures the ledger now states differently; they are taken at 报送 anyway, the
    /// button takes them now so the table and the text can be checked first.
    static func ledgerNotice(_ m: Model, _ t: Loc) -> Node {
        guard !m.ledgerChanges.isEmpty else { return p(.class("tz-hint")) { t(.valuesFollowLedger) } }
        return div(.class("tz-alert tz-ledger-changes"), .role("status")) {
            strong { t(.ledgerChanged) }
            ul {
                for c in m.ledgerChanges {
                    li {
                        t.pick(zh: c.name, en: c.nameEn) + t.colon
                        del { c.stored.map { Fmt.quantity($0.value, qualifier: $0.qualifier, measure: c.measureWord, t.lang) } ?? "—" }
                        " → "
                        ins { c.ledger.map { Fmt.quantity($0.value, qualifier: $0.qualifier, measure: c.measureWord, t.lang) } ?? "—" }
                    }
                }
            }
            p(.class("tz-hint")) { t(.ledgerChangedHint) }
        }
    }

    /// The entries behind one figure, each opening its read-only page.
    static func sourcesCard(_ s: Sources, closeURL: String, _ t: Loc) -> Node {
        section(.class("tz-card tz-number-sources"), .id("sources"), .aria("label", t(.numberSources))) {
            div(.class("tz-card-head")) {
                h2 { t(.numberSources) + t.colon + s.figure.shown(t) }
                a(.class("tz-more"), .href(closeURL)) { t(.closeSources) }
            }
            if s.entries.isEmpty { UI.empty(t(.noSources)) } else { EntryRow.list(s.entries, t) }
        }
    }

    static func checksList(_ checks: [RuleCheck], _ t: Loc) -> Node {
        ul(.class("tz-rule-checks"), .role("status")) {
            for c in checks {
                li(.class(c.blocking ? "tz-rule-block" : "tz-rule-warn")) {
                    strong { c.blocking ? t(.ruleBlocking) : t(.ruleWarning) }
                    " " + c.message
                }
            }
        }
    }

    /// The filer's one form: the narrative, and the buttons that save it, take the ledger's
    /// figures, or submit — each sends what is in the box.
    static func narrative(_ m: Model, _ ctx: PageContext) -> Node {
        let t = ctx.t
        guard m.canEdit else {
            return div(.class("tz-prose")) { for line in m.narrative.split(separator: "\n") { p { String(line) } } }
        }
        let f = Fields(state: FormState(values: ["narrative": m.form.values["narrative"] ?? m.narrative],
                                        errors: m.form.errors, formError: m.form.formError), t: t)
        let blocked = m.checks.contains { $0.blocking }
        return postForm("/submissions/\(m.row.id)", csrf: ctx.csrf, .class("tz-form tz-narrative-form")) {
            f.formError
            hidden("version", String(m.version))
            f.textarea("narrative", t(.reportNarrative), rows: 12, required: true, hint: t(.narrativeHint))
            div(.class("tz-form-actions")) {
                if m.allowedActions.contains(.submit) {
                    if blocked { p(.class("tz-hint")) { t(.submitBlocked) } } else {
                        submitButton(t.decision(.submit), name: "action", value: SubmissionAction.submit.rawValue,
                                     confirm: t.confirmQuestion(.submit))
                    }
                }
                // Saving a draft half-written is fine; only 报送 needs the box filled.
                submitButton(t(.saveDraft), name: "action", value: "save", kind: "plain", noValidate: true)
                submitButton(t(.refreshFromLedger), name: "action", value: "refresh", kind: "plain", noValidate: true)
            }
        }
    }

    static func timeline(_ events: [Event], _ t: Loc) -> Node {
        ol(.class("tz-timeline")) {
            for e in events {
                li {
                    strong { e.action.map(t.action) ?? t(.drafted) }
                    " " + e.actor
                    br()
                    small(.class("tz-muted")) { Fmt.stamp(e.at, t.lang) }
                    if let c = e.comment, !c.isEmpty { el("blockquote", [.class("tz-comment")]) { c } }
                }
            }
        }
    }
}
