import TaizhangDomain

/// The frame around every signed-in page: header (unit switcher, language, logout),
/// navigation for the user's roles, the page, footer.
enum Layout {
    static let stylesheet = "/static/app.css"
    static let script = "/static/app.js"

    static func page(_ title: String, _ ctx: PageContext, @NodeBuilder _ content: () -> [Node]) -> String {
        let t = ctx.t
        return document(title: title, lang: ctx.lang) {
            header(ctx)
            Navigation.bar(ctx)
            el("main", [.id("main"), .class("tz-main")]) {
                if let flash = ctx.flash {
                    p(.class("tz-alert tz-alert-" + flash.kind.rawValue), .role(flash.kind == .error ? "alert" : "status")) {
                        flash.message
                    }
                }
                h1(.class("tz-page-title")) { title }
                content()
            }
            el("footer", [.class("tz-footer")]) { p { t(.footerText) } }
        }
    }

    /// The bare HTML document, also used by the login page (no header: nobody is signed in).
    static func document(title: String, lang: Language, bodyClass: String = "tz-body",
                         @NodeBuilder _ content: () -> [Node]) -> String {
        let t = Loc(lang)
        let page = el("html", [.lang(t.htmlLang)]) {
            el("head", []) {
                Node.void("meta", [Attribute("charset", "utf-8")])
                Node.void("meta", [.name("viewport"), Attribute("content", "width=device-width, initial-scale=1")])
                el("title", []) { title + " · " + t(.appName) }
                Node.void("link", [Attribute("rel", "stylesheet"), .href(stylesheet)])
                el("script", [Attribute("src", script), Attribute("defer", nil)])
            }
            el("body", [.class(bodyClass), .data("lang", lang.rawValue)]) {
                a(.class("tz-skip"), .href("#main")) { t(.skipToContent) }
                content()
            }
        }
        return "<!DOCTYPE html>\n" + page.html
    }

    private static func header(_ ctx: PageContext) -> Node {
        let t = ctx.t
        return el("header", [.class("tz-header")]) {
            a(.class("tz-brand"), .href("/")) { t(.appName) }
            if ctx.units.count > 1 {
                postForm("/units/switch", csrf: ctx.csrf, .class("tz-unit-switch")) {
                    hidden("return_to", ctx.path)
                    label(.for("f-unit-id"), .class("tz-visually-hidden")) { t(.switchUnit) }
                    el("select", [.id("f-unit-id"), .name("unit_id"), .data("autosubmit", "1")]) {
                        for u in ctx.units { option(String(u.id), u.name, selected: u.id == ctx.currentUnitID) }
                    }
                    submitButton(t(.switchUnit), kind: "plain tz-noscript")
                }
            } else {
                span(.class("tz-unit-name")) { ctx.currentUnitName }
            }
            div(.class("tz-user")) {
                a(.href("/account/password"), .class("tz-user-name"), Attribute("title", t(.accountMenu))) { ctx.displayName }
                languageSwitch(ctx.path, ctx.lang)
                postForm("/logout", csrf: ctx.csrf, .class("tz-inline")) { submitButton(t(.logout), kind: "plain") }
            }
        }
    }

    /// A link to the same page in the other language; the server remembers the choice in a cookie.
    static func languageSwitch(_ path: String, _ lang: Language) -> Node {
        let other: Language = lang == .zh ? .en : .zh
        return a(.class("tz-lang"), .href(URLs.setting("lang", to: other.rawValue, in: path)),
                 .lang(other == .zh ? "zh-CN" : "en"), Attribute("hreflang", other == .zh ? "zh-CN" : "en")) {
            other == .zh ? "中文" : "English"
        }
    }
}
