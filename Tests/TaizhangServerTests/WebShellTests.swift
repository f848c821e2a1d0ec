import Foundation
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    @Suite struct WebFormTests {
        /// Chromium posts an empty file input as a part with `filename=""`; the form must
        /// still pass the CSRF check and save (found by the end-to-end browser test).
        @Test(arguments: Engine.enabled)
        func multipartFormWithAnEmptyFileInputSaves(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                // setup
                let browser = try await Browser.login(app, "staff.a")
                _ = try await browser.get("/ledger/new")
                // act
                let res = try await browser.postMultipart("/ledger", ["title": "读书会", "date": "2024-06-10", "category": "activity",
                                                                      "v.audience": "45"],
                                                          files: [(field: "evidence", filename: "", data: [])])
                let forged = try await browser.postMultipart("/ledger", ["title": "读书会", "date": "2024-06-10"], csrf: "forged")
                let list = try await browser.get("/ledger?period=2024M06")
                // assert
                #expect(res.status == .seeOther, "\(res.status) \(res.body.string.prefix(400))")
                #expect(forged.status == .forbidden)
                #expect(list.body.string.contains("读书会"))
            }
        }
    }

    @Suite struct WebHeaderTests {
        @Test(arguments: Engine.enabled)
        func pagesForbidInlineAndForeignScripts(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                // setup
                let browser = try await Browser.login(app, "staff.a")
                // act
                let home = try await browser.get("/")
                // assert
                let csp = home.headers.first(name: "Content-Security-Policy") ?? ""
                #expect(csp.contains("script-src 'self'"))
                #expect(csp.contains("style-src 'self'"))
                #expect(csp.contains("frame-ancestors 'none'"))
                #expect(!home.body.string.contains("<script>"), "no inline script on the page")
                #expect(!home.body.string.contains(" style=\""), "no inline style attribute")
            }
        }
    }

    @Suite struct WebHomeTests {
        @Test(arguments: Engine.enabled)
        func onlyThoseWhoDraftGetTheDraftButton(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                // setup
                let staff = try await Browser.login(app, "staff.a")
                let leader = try await Browser.login(app, "leader.a")
                // act
                let staffHome = try await staff.get("/")
                let leaderHome = try await leader.get("/")
                // assert: both see what is due (the running month counts down); only staff may start it
                #expect(staffHome.body.string.contains("tz-countdown"))
                #expect(leaderHome.body.string.contains("tz-countdown"))
                #expect(staffHome.body.string.contains("从台账生成草稿"))
                #expect(!leaderHome.body.string.contains("从台账生成草稿"))
            }
        }
    }

    @Suite struct WebFormParsingTests {
        @Test func multipartKeepsFieldsAndSkipsEmptyFileInputs() throws {
            // setup
            let raw = "--b\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nabc\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"tag\"\r\n\r\n一\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"tag\"\r\n\r\n二\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n"
                + "--b\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"照片.jpg\"\r\nContent-Type: image/jpeg\r\n\r\nJPEG\r\n"
                + "--b--\r\n"
            // act
            let form = try WebForm.multipart(ByteBuffer(string: raw), boundary: "b")
            // assert
            #expect(form.values["_csrf"] == "abc")
            #expect(form.lists["tag"] == ["一", "二"])
            #expect(form.files.count == 1)
            #expect(form.files.first?.filename == "照片.jpg")
            #expect(form.files.first.map { String(buffer: $0.data) } == "JPEG")
        }

        @Test func textareaLineBreaksArriveAsNewlines() {
            // act: a textarea as Chromium posts it (CRLF, found by the end-to-end test)
            let form = WebForm.urlencoded("text=%E7%AC%AC%E4%B8%80%E8%A1%8C%0D%0A%0D%0A%E7%AC%AC%E4%B8%89%E8%A1%8C")
            // assert
            #expect(form.values["text"] == "第一行\n\n第三行")
            #expect(form.values["text"]?.split(separator: "\n", omittingEmptySubsequences: false).count == 3)
        }
    }
}
