import Fluent
import Foundation
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    @Suite struct WebCheckerTests {
        /// "20xx年上半年，我站共举办文艺演出71场。" as GB18030 bytes (iconv -t GB18030).
        static let gb18030: [UInt8] = [50, 48, 120, 120, 196, 234, 201, 207, 176, 235, 196, 234, 163, 172, 206, 210, 213, 190, 185, 178,
                                       190, 217, 176, 236, 206, 196, 210, 213, 209, 221, 179, 246, 55, 49, 179, 161, 161, 163, 10]

        @Test func uploadedSeedShowsFindingsInPlaceAndQuantities() async throws {
            try await withApp(.sqlite) { app, _ in
                // setup
                let staff = try await Browser.login(app, "staff.a")
                let form = try await staff.get("/check")
                let seed = try Data(contentsOf: try Fixtures.seed("001"))
                // act
                let res = try await staff.postMultipart("/check", ["text": ""], files: [("file", "seed.txt", [UInt8](seed))])
                let gbk = try await staff.postMultipart("/check", ["text": ""], files: [("file", "gbk.txt", [UInt8](Data(Self.gb18030)))])
                // assert
                #expect(form.status == .ok)
                #expect(form.body.string.contains(#"enctype="multipart/form-data""#))
                let html = res.body.string
                #expect(res.status == .ok, "\(html.prefix(400))")
                #expect(html.contains(#"<mark class="tz-find tz-sev-"#))
                #expect(html.contains(#"id="explain-1""#))
                #expect(html.contains("seed.txt"))
                #expect(html.contains("数字一览"))
                #expect(html.contains(#"action="/check/import""#))
                #expect(html.contains("导入预览"))
                #expect(html.contains(#"class="tz-import-yes""#))
                #expect(gbk.status == .ok)
                #expect(gbk.body.string.contains("gb18030"))
                #expect(gbk.body.string.contains("我站共举办文艺演出"))
                #expect(gbk.body.string.contains("未填写的模板占位符"))
            }
        }

        @Test func englishMessagesEscapedTextAndUnreadableFilesKeepThePaste() async throws {
            try await withApp(.sqlite) { app, _ in
                // setup
                let staff = try await Browser.login(app, "staff.a")
                _ = try await staff.get("/check?lang=en")
                // act
                let en = try await staff.postMultipart("/check", ["text": "<script>alert(1)</script>\n20xx年上半年，我站共举办文艺演出71场。"])
                _ = try await staff.get("/check?lang=zh")
                let corrupt = try await staff.postMultipart("/check", ["text": "保留的文字"], files: [("file", "bad.docx", [UInt8](Data("PK\u{3}\u{4}garbage".utf8)))])
                let big = try await staff.postMultipart("/check", ["text": "也要保留"], files: [("file", "big.txt", [UInt8](Data(repeating: 0x41, count: CheckerPageController.maxFile + 1)))])
                let empty = try await staff.postMultipart("/check", ["text": "  "])
                let forged = try await staff.postMultipart("/check", ["text": "x"], csrf: "forged")
                // assert
                #expect(en.status == .ok)
                #expect(en.body.string.contains("Unfilled template placeholder"), "\(en.body.string)")
                #expect(!en.body.string.contains("未填写的模板占位符"))
                #expect(en.body.string.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                #expect(!en.body.string.contains("<script>alert(1)"))
                #expect(corrupt.status == .unprocessableEntity)
                #expect(corrupt.body.string.contains("bad.docx"))
                #expect(corrupt.body.string.contains("已损坏"))
                #expect(corrupt.body.string.contains("保留的文字"))
                #expect(big.status == .unprocessableEntity)
                #expect(big.body.string.contains("超过 8 MB"))
                #expect(big.body.string.contains("也要保留"))
                #expect(empty.status == .unprocessableEntity)
                #expect(empty.body.string.contains("请粘贴要检查的文字"))
                #expect(forged.status == .forbidden)
            }
        }

        /// A pasted text arrives with CRLF line breaks from a real browser; each finding must
        /// still be marked on its own line (found by the end-to-end test in Chromium).
        @Test func pastedTextWithBrowserLineBreaksIsMarkedLineByLine() async throws {
            try await withApp(.sqlite) { app, _ in
                // setup
                let staff = try await Browser.login(app, "staff.a")
                _ = try await staff.get("/check")
                // act
                let res = try await staff.post("/check", ["text": "上半年工作总结\r\n\r\n20__年上半年，共举办演出___场。\r\n\r\n全年计划___场。"])
                // assert
                let marks = res.body.string.components(separatedBy: "<mark class=\"tz-find").count - 1
                #expect(res.status == .ok)
                #expect(marks >= 3, "every placeholder marked in place, got \(marks)")
                #expect(!res.body.string.contains("\r"))
            }
        }

        @Test(arguments: Engine.enabled)
        func importWritesPendingEntriesOfTheUnitWithAudit(engine: Engine) async throws {
            try await withApp(engine) { app, w in
                // setup
                let staff = try await Browser.login(app, "staff.a")
                let text = try String(contentsOf: try Fixtures.seed("001"), encoding: .utf8)
                _ = try await staff.get("/check")
                let checked = try await staff.postMultipart("/check", ["text": text])
                #expect(checked.status == .ok)
                let supervisor = try await Browser.login(app, "supervisor")
                _ = try await supervisor.get("/check")
                // act
                let res = try await staff.post("/check/import", ["text": text, "name": "001.txt", "period": "2024H1"])
                let refused = try await supervisor.post("/check/import", ["text": text, "name": "001.txt", "period": "2024H1"])
                let forged = try await staff.post("/check/import", ["text": text, "name": "001.txt", "period": "2024H1"], csrf: "x")
                // assert
                #expect(res.status == .seeOther, "\(res.body.string.suffix(800))")
                #expect(res.headers.first(name: .location) == "/ledger?source=imported")
                let entries = try await EntryModel.query(on: app.db).all()
                #expect(entries.count >= 5)
                #expect(entries.allSatisfy { $0.unitID == w.streetA && $0.pending && $0.source == "imported" && $0.countsOn == "2024-06-30" })
                #expect(try await AuditEventModel.query(on: app.db).filter(\.$action == "import").count() == 1)
                #expect(refused.status == .forbidden)
                #expect(forged.status == .forbidden)
            }
        }
    }
}
