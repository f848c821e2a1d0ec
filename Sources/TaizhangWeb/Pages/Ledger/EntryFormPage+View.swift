import TaizhangDomain

extension EntryFormPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        let f = Fields(state: m.form, t: t)
        let action = m.entryID.map { "/ledger/\($0)" } ?? "/ledger"
        return Layout.page(m.entryID == nil ? t(.addEntry) : t(.editEntry), ctx) {
            if let from = m.importedFrom { p(.class("tz-alert tz-alert-info")) { t(.importedFrom) + from } }
            postForm(action, csrf: ctx.csrf, multipart: true, .class("tz-form tz-entry-form")) {
                f.formError
                if let v = m.form.values["version"] { hidden("version", v) }
                f.input("title", t(.entryTitle), required: true, extra: [Attribute("maxlength", "200")])
                div(.class("tz-row")) {
                    f.input("date", t(.date), type: "date", required: true)
                    f.input("end_date", t(.endDate), type: "date", hint: t(.endDateHint))
                    f.select("category", t(.category), options: EntryCategory.allCases.map { ($0.rawValue, t.category($0)) },
                             value: EntryCategory.activity.rawValue, required: true)
                }
                f.input("place", t(.place))
                f.textarea("narrative", t(.narrative), rows: 4)
                valueFields(m.indicators, f, t)
                f.file("evidence", t(.evidenceUpload), accept: ".jpg,.jpeg,.png,.pdf,.doc,.docx,.xls,.xlsx",
                       multiple: true, hint: t(.evidenceHint))
                div(.class("tz-check")) {
                    input(.type("checkbox"), .id("f-planned"), .name("planned"), .value("1"),
                          .when(m.form.values["planned"] == "1", .checked))
                    label(.for("f-planned")) { t(.plannedEntry) }
                }
                div(.class("tz-form-actions")) {
                    submitButton(t(.save))
                    a(.class("tz-btn tz-btn-plain"), .href("/ledger")) { t(.cancel) }
                }
            }
            if let id = m.entryID {
                if !m.evidence.isEmpty { evidenceList(id, m.evidence, ctx) }
                postForm("/ledger/\(id)/delete", csrf: ctx.csrf, .class("tz-danger-zone")) {
                    if let v = m.form.values["version"] { hidden("version", v) }
                    submitButton(t(.deleteEntry), kind: "danger", confirm: t(.confirmDelete))
                }
            }
        }
    }

    /// One number field per catalog indicator, grouped by work area, each with its
    /// measure word after the box; whole numbers for counts, decimals for amounts.
    static func valueFields(_ indicators: [Indicator], _ f: Fields, _ t: Loc) -> Node {
        var groups: [(String, [Indicator])] = []
        for ind in indicators {
            if let i = groups.firstIndex(where: { $0.0 == ind.group }) { groups[i].1.append(ind) } else { groups.append((ind.group, [ind])) }
        }
        return fieldset(.class("tz-values")) {
            legend { t(.indicatorValues) }
            p(.class("tz-hint")) { t(.indicatorValuesHint) }
            for (group, members) in groups {
                div(.class("tz-value-group")) {
                    h3 { t.indicatorGroup(group) }
                    div(.class("tz-row")) {
                        for ind in members {
                            f.number(valueField(ind.code), t.pick(zh: ind.name, en: ind.nameEn), suffix: ind.measureWord,
                                     decimal: ind.valueType == .decimal)
                        }
                    }
                }
            }
        }
    }

    static func evidenceList(_ entryID: Int, _ items: [Evidence], _ ctx: PageContext) -> Node {
        let t = ctx.t
        return UI.card(t(.evidence)) {
            ul(.class("tz-evidence")) {
                for item in items {
                    li {
                        a(.href(item.url)) { item.filename }
                        small(.class("tz-muted")) { " " + item.sizeText }
                        postForm("/ledger/\(entryID)/evidence/\(item.id)/delete", csrf: ctx.csrf, .class("tz-inline")) {
                            submitButton(t(.remove), kind: "link", confirm: t(.confirmDelete))
                        }
                    }
                }
            }
        }
    }
}
