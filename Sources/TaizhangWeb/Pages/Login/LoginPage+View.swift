extension LoginPage {
    public static func render(_ m: Model) -> String {
        let t = Loc(m.lang)
        let f = Fields(state: m.form, t: t)
        return Layout.document(title: t(.loginTitle), lang: m.lang, bodyClass: "tz-body tz-login-body") {
            el("main", [.id("main"), .class("tz-login")]) {
                div(.class("tz-login-lang")) { Layout.languageSwitch(URLs.path("/login", [("next", m.next)]), m.lang) }
                h1(.class("tz-login-brand")) { t(.appName) }
                p(.class("tz-login-tagline")) { t(.appTagline) }
                postForm("/login", csrf: m.csrf, .class("tz-form tz-login-form")) {
                    f.formError
                    if let next = m.next { hidden("next", next) }
                    f.input("username", t(.username), required: true,
                            extra: [Attribute("autocomplete", "username"), Attribute("autofocus", nil)])
                    // The password field never takes a value back from the model.
                    Fields(state: FormState(errors: m.form.errors), t: t)
                        .input("password", t(.password), type: "password", required: true,
                               extra: [Attribute("autocomplete", "current-password")])
                    submitButton(t(.login))
                }
                if let hint = m.demoHint { p(.class("tz-hint tz-login-hint")) { hint } }
            }
        }
    }
}
