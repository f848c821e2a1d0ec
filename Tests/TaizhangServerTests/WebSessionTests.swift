import Fluent
import Foundation
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    @Suite struct WebSessionTests {
        @Test(arguments: Engine.enabled)
        func signInSwitchLanguageAndSignOut(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup: the login page sets its own CSRF cookie
                let browser = Browser(app)
                let page = try await browser.get("/login")
                #expect(page.status == .ok)
                #expect(page.body.string.contains(#"name="_csrf""#))
                // act: a forged form (wrong token) is refused, the real one signs in
                let forged = try await browser.post("/login", ["username": "staff.a", "password": TestWorld.password], csrf: "forged")
                let wrong = try await browser.post("/login", ["username": "staff.a", "password": "nope"])
                let ok = try await browser.post("/login", ["username": "staff.a", "password": TestWorld.password, "next": "//evil.example/x"])
                // assert
                #expect(forged.status == .forbidden)
                #expect(wrong.status == .unauthorized)
                #expect(wrong.body.string.contains("用户名或密码错误"))
                #expect(!wrong.body.string.contains(TestWorld.password))
                #expect(ok.status == .seeOther)
                #expect(ok.headers.first(name: .location) == "/") // never off-site
                #expect(browser.cookies["tz_session"] != nil)
                let en = try await browser.get("/static/app.css?lang=en")
                #expect(en.status == .ok)
                #expect(en.headers.contentType?.subType == "css")
                let out = try await browser.post("/logout", [:], csrf: try await Self.sessionCSRF(app, browser))
                #expect(out.status == .seeOther)
                #expect(browser.cookies["tz_session"] == nil, "\(out.headers[.setCookie])")
                _ = w
            }
        }

        @Test(arguments: Engine.enabled)
        func pagesNeedASessionAndErrorsRenderAsPages(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                let anonymous = Browser(app)
                let home = try await anonymous.get("/")
                // Every browser asks for it: no 404 in the console of every page.
                let icon = try await anonymous.get("/favicon.ico")
                #expect(icon.status == .noContent)
                #expect(home.status == .seeOther)
                #expect(home.headers.first(name: .location)?.hasPrefix("/login?next=") == true)
                let browser = try await Browser.login(app, "staff.a")
                let page = try await browser.get("/")
                #expect(page.status == .ok)
                #expect(page.body.string.contains("城关街道"))
                #expect(page.body.string.contains(#"href="/static/app.css""#))
                let missing = try await browser.get("/no-such-page")
                #expect(missing.status == .notFound)
                #expect(missing.headers.contentType == .html)
                #expect(missing.body.string.contains("<html"))
                // A form post without the session's CSRF token is refused.
                let noToken = try await browser.post("/units/switch", ["unit_id": "1"], csrf: "x")
                #expect(noToken.status == .forbidden)
                #expect(noToken.headers.contentType == .html)
            }
        }

        /// The session's CSRF token (pages carry it in every form).
        static func sessionCSRF(_ app: Application, _ b: Browser) async throws -> String {
            let raw = try #require(b.cookies["tz_session"])
            let token = try #require(try await TokenModel.query(on: app.db).filter(\.$tokenHash == SessionAuthenticator.hash(raw)).first())
            return token.csrf
        }
    }
}
