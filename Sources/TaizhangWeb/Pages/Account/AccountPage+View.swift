import TaizhangDomain

extension AccountPage {
    public static func renderPassword(_ m: PasswordModel, _ ctx: PageContext) -> String {
        let t = ctx.t
        // Password fields never take a value back from the model.
        let f = Fields(state: FormState(errors: m.form.errors, formError: m.form.formError), t: t)
        return Layout.page(t(.passwordTitle), ctx) {
            h1 { t(.passwordTitle) }
            if m.mustChange { p(.class("tz-notice tz-notice-warn")) { t(.passwordMustChange) } }
            p(.class("tz-hint")) { t(.passwordRules) }
            postForm("/account/password", csrf: ctx.csrf, .class("tz-form tz-password-form")) {
                f.formError
                f.input("current_password", t(.passwordCurrent), type: "password", required: true,
                        extra: [Attribute("autocomplete", "current-password")])
                f.input("new_password", t(.passwordNew), type: "password", required: true,
                        extra: [Attribute("autocomplete", "new-password"), Attribute("minlength", "10")])
                f.input("confirm_password", t(.passwordConfirm), type: "password", required: true,
                        extra: [Attribute("autocomplete", "new-password")])
                submitButton(t(.passwordChange))
            }
            p { a(.href("/account/tokens")) { t(.tokensTitle) } }
        }
    }

    public static func renderTokens(_ m: TokensModel, _ ctx: PageContext) -> String {
        let t = ctx.t
        let f = Fields(state: m.form, t: t)
        return Layout.page(t(.tokensTitle), ctx) {
            h1 { t(.tokensTitle) }
            p(.class("tz-hint")) { t.tokensLead(m.lifetimeDays) }
            if let raw = m.newToken {
                div(.class("tz-notice tz-notice-ok")) {
                    p { t(.tokenShownOnce) }
                    pre(.class("tz-token")) { raw }
                }
            }
            if m.rows.isEmpty {
                p(.class("tz-empty")) { t(.noData) }
            } else {
                UI.table([t(.name), t(.tokenKind), t(.tokenCreated), t(.tokenExpires), t(.actions)]) {
                    for r in m.rows {
                        tr {
                            td { r.name }
                            td { r.kind == "api" ? t(.tokenKindApi) : t(.tokenKindSession) }
                            td { r.created.map { UI.date($0, ctx.lang) } ?? .none }
                            td { UI.date(r.expires, ctx.lang) }
                            td {
                                if r.current { span(.class("tz-badge")) { t(.tokenCurrent) } } else {
                                    postForm("/account/tokens/\(r.id)/revoke", csrf: ctx.csrf, .class("tz-inline-form")) {
                                        submitButton(t(.tokenRevoke), kind: "danger", confirm: t(.tokenRevokeConfirm))
                                    }
                                }
                            }
                        }
                    }
                }
            }
            h2 { t(.tokenCreate) }
            postForm("/account/tokens", csrf: ctx.csrf, .class("tz-form")) {
                f.formError
                f.input("name", t(.name), required: true, extra: [Attribute("maxlength", "100")])
                submitButton(t(.tokenCreate))
            }
        }
    }
}
