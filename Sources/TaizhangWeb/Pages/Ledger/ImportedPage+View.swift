extension ImportedPage {
    public static func render(_ m: Model, _ ctx: PageContext) -> String {
        let t = ctx.t
        return Layout.page(t(.importedTitle), ctx) {
            p(.class("tz-lead")) { t(.importedLead) }
            if m.items.isEmpty { UI.empty(t(.noImported)) } else {
                postForm("/ledger/imported/confirm", csrf: ctx.csrf, .class("tz-form")) {
                    UI.table(["", t(.date), t(.entryTitle), t(.category), t(.values), t(.source), t(.excerpt), ""]) {
                        for item in m.items {
                            let id = item.entry.id
                            tr {
                                td {
                                    input(.type("checkbox"), .name("ids"), .value(String(id)), .id("pick-\(id)"),
                                          .aria("label", t(.select) + " " + item.entry.title))
                                }
                                item.entry.cells(t)
                                td(.class("tz-excerpt")) { small(.class("tz-muted")) { item.documentName }; br(); item.excerpt }
                                td(.class("tz-actions")) {
                                    button(.type("submit"), .class("tz-btn tz-btn-plain"), Attribute("formaction", "/ledger/\(id)/confirm")) {
                                        t(.confirm)
                                    }
                                    button(.type("submit"), .class("tz-btn tz-btn-link"), Attribute("formaction", "/ledger/\(id)/delete"),
                                           .data("confirm", t(.confirmDelete))) { t(.discard) }
                                }
                            }
                        }
                    }
                    div(.class("tz-form-actions")) { submitButton(t(.confirmSelected)) }
                }
            }
        }
    }
}
