import Fluent
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    /// Redirects, spreadsheets, uploads, headers and input sanity (issue #12).
    @Suite struct WebSecurityTests {
        @Test(arguments: Engine.enabled)
        func loginNeverRedirectsToAnotherOrigin(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                for next in ["/\t/evil.example", "//evil.example", "/\\evil.example", "https://evil.example", "/ledger"] {
                    let browser = Browser(app)
                    _ = try await browser.get("/login")

                    let res = try await browser.post("/login", ["username": "staff.a", "password": TestWorld.password, "next": next])

                    #expect(res.headers.first(name: .location) == (next == "/ledger" ? "/ledger" : "/"), "\(next.debugDescription)")
                }
            }
        }

        @Test(arguments: Engine.enabled)
        func theLedgerCsvCannotCarryFormulas(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let staff = try await Caller.login(app, "staff.a")
                _ = try await staff.send(.POST, "/api/entries", json: #"{"unit_id":\#(w.streetA),"category":"other","title":"=HYPERLINK(\"http://evil.example\",\"点我\")","place":"+1+1","date":"2024-06-01"}"#)
                _ = try await staff.send(.POST, "/api/entries", json: #"{"unit_id":\#(w.streetA),"category":"other","title":"@SUM(A1)","date":"2024-06-02"}"#)
                let browser = try await Browser.login(app, "staff.a")

                let csv = try await browser.get("/ledger?format=csv").body.string

                #expect(csv.contains(#""'=HYPERLINK(""http://evil.example"",""点我"")""#))
                #expect(csv.contains(",'+1+1,"))
                #expect(csv.contains("'@SUM(A1)"))
                #expect(!csv.contains(",=") && !csv.contains(",+1") && !csv.contains(",@"))
            }
        }

        @Test(arguments: Engine.enabled)
        func uploadsAreRefusedBeforeTheirBodyIsRead(engine: Engine) async throws {
            // A 1 MB evidence limit keeps the oversized bodies of this test small.
            try await withApp(engine, configure: { $0.security.evidenceMaxBytes = 1024 * 1024 }) { app, w in
                let browser = try await Browser.login(app, "staff.a")
                _ = try await browser.get("/ledger/new")
                let token = browser.csrfField
                var headers = HTTPHeaders()
                headers.replaceOrAdd(name: .cookie, value: browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
                headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=XyZ")
                // A valid token in the body is not looked at: a multipart body is never parsed for it.
                let body = "--XyZ\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(token)\r\n--XyZ--\r\n"
                var oversized = ByteBuffer(string: body)
                oversized.writeRepeatingByte(0x41, count: 2 * 1024 * 1024)
                let staff = try await Caller.login(app, "staff.a")
                let entry = try await staff.send(.POST, "/api/entries", json: #"{"unit_id":\#(w.streetA),"category":"other","title":"x","date":"2024-06-01"}"#)
                let entryID = try #require(entry.json["id"] as? Int)
                var apiHeaders: HTTPHeaders = ["Content-Type": "multipart/form-data; boundary=XyZ"]
                apiHeaders.bearerAuthorization = BearerAuthorization(token: staff.token)

                let tokenInBody = try await app.testing().sendRequest(.POST, "/ledger", headers: headers, body: ByteBuffer(string: body))
                let page = try await app.testing().sendRequest(.POST, "/ledger?_csrf=\(token)", headers: headers, body: oversized)
                let api = try await app.testing().sendRequest(.POST, "/api/entries/\(entryID)/evidence", headers: apiHeaders, body: oversized)

                #expect(tokenInBody.status == .forbidden)
                #expect(page.status == .payloadTooLarge)
                #expect(api.status == .payloadTooLarge)
                #expect(api.json["code"] as? String == "body_too_large")
                #expect(try await EvidenceModel.query(on: app.db).count() == 0)
            }
        }

        @Test(arguments: Engine.enabled)
        func overHttpsCookiesAreSecureAndHstsIsSentOnEveryResponse(engine: Engine) async throws {
            try await withApp(engine, configure: { $0.security.https = true }) { app, _ in
                let login = try await AccountTests.login(app, "staff.a", TestWorld.password)
                let health = try await app.testing().sendRequest(.GET, "/health")
                let notFound = try await app.testing().sendRequest(.GET, "/api/nowhere")

                #expect(login.headers[.setCookie].allSatisfy { $0.contains("Secure") })
                for res in [login, health, notFound] {
                    #expect(res.headers.first(name: "Strict-Transport-Security")?.hasPrefix("max-age=") == true)
                    #expect(res.headers.first(name: "X-Frame-Options") == "DENY")
                }
            }
        }

        @Test(arguments: Engine.enabled)
        func theDemoHintShowsOnlyWhileTheDemoPasswordIsUnchanged(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                try await Bootstrap.addUser(app, username: "wenlvju.supervisor", displayName: "演示", password: DemoDataset.password,
                                            grants: [RoleGrant(unitID: w.bureau, role: .supervisor)])
                let before = try await app.testing().sendRequest(.GET, "/login").body.string
                let user = try #require(try await UserModel.query(on: app.db).filter(\.$username == "wenlvju.supervisor").first())
                user.passwordChangedAt = frozenNow
                try await user.save(on: app.db)

                let after = try await app.testing().sendRequest(.GET, "/login").body.string

                #expect(before.contains(DemoDataset.password))
                #expect(!after.contains(DemoDataset.password))
            }
            try await withApp(engine, configure: { $0.security.demoHint = false }) { app, w in
                try await Bootstrap.addUser(app, username: "wenlvju.supervisor", displayName: "演示", password: DemoDataset.password,
                                            grants: [RoleGrant(unitID: w.bureau, role: .supervisor)])
                #expect(!(try await app.testing().sendRequest(.GET, "/login").body.string.contains(DemoDataset.password)))
            }
        }

        @Test(arguments: Engine.enabled)
        func implausibleInputIsRefusedWithAReason(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let staff = try await Caller.login(app, "staff.a")
                func entry(_ fields: String) async throws -> TestingHTTPResponse {
                    try await staff.send(.POST, "/api/entries", json: #"{"unit_id":\#(w.streetA),"category":"other",\#(fields)}"#)
                }

                let future = try await entry(#""title":"x","date":"2099-01-01""#)
                let tomorrow = try await entry(#""title":"x","date":"2024-07-04""#)
                let planned = try await entry(#""title":"x","date":"2024-07-04","planned":true"#)
                let yearOne = try await entry(#""title":"x","date":"0001-01-01""#)
                let nul = try await entry(#""title":"a\u0000b","date":"2024-06-01""#)
                let long = try await entry(#""title":"x","narrative":"\#(String(repeating: "字", count: 600_000))","date":"2024-06-01""#)
                _ = try await entry(#""title":"y","date":"2024-06-01""#)
                let page = try await staff.get("/api/entries?unit=\(w.streetA)&limit=1")
                let capped = try await staff.get("/api/entries?unit=\(w.streetA)&limit=100000")

                #expect(future.status == .unprocessableEntity)
                #expect(tomorrow.status == .unprocessableEntity)
                #expect((tomorrow.json["details"] as? [[String: Any]])?.first?["code"] as? String == "future_date")
                #expect(planned.status == .created)
                #expect(yearOne.status == .unprocessableEntity || yearOne.status == .badRequest)
                #expect(nul.status == .unprocessableEntity)
                #expect(long.status == .unprocessableEntity || long.status == .payloadTooLarge)
                #expect(page.json["total"] as? Int == 2)
                #expect((page.json["next"] as? String)?.contains("offset=1") == true)
                #expect(capped.json["limit"] as? Int == EntryController.maxLimit)
            }
        }

        @Test(arguments: Engine.enabled)
        func gb18030JsonIsDecodedAndOtherCharsetsAnswer415(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                let staff = try await Caller.login(app, "staff.a")
                var body = ByteBuffer(string: #"{"unit_id":\#(w.streetA),"category":"other","title":""#)
                body.writeBytes([0xB2, 0xE2, 0xCA, 0xD4])  // 测试 in GB18030
                body.writeString(#"","date":"2024-06-01"}"#)
                var headers: HTTPHeaders = ["Content-Type": "application/json; charset=gb18030"]
                headers.bearerAuthorization = BearerAuthorization(token: staff.token)

                let gb = try await app.testing().sendRequest(.POST, "/api/entries", headers: headers, body: body)
                headers.replaceOrAdd(name: .contentType, value: "application/json; charset=iso-8859-1")
                let latin = try await app.testing().sendRequest(.POST, "/api/entries", headers: headers, body: body)

                #expect(gb.status == .created, "\(gb.body.string)")
                #expect(gb.json["title"] as? String == "测试")
                #expect(latin.status == .unsupportedMediaType)
            }
        }
    }
}
