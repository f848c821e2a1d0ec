import Fluent
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    @Suite struct WebLedgerEditTests {
        /// Staff of street A with one entry; returns the browser and the entry's id.
        static func withEntry(_ app: Application) async throws -> (Browser, Int) {
            let staff = try await Browser.login(app, "staff.a")
            _ = try await staff.get("/ledger/new")
            let res = try await staff.post("/ledger", ["title": "送戏下乡", "date": "2024-06-10", "category": "activity", "v.performances": "2"])
            #expect(res.status == .seeOther)
            let id = try #require(try await EntryModel.query(on: app.db).first()?.id)
            _ = try await staff.get("/ledger/\(id)/edit")
            return (staff, id)
        }

        static let fields = ["title": "送戏下乡（修改）", "date": "2024-06-11", "category": "activity", "v.performances": "3"]

        static func evidenceFiles(_ app: Application) -> [String] {
            (try? FileManager.default.contentsOfDirectory(atPath: app.evidenceFiles.directory)) ?? []
        }

        @Test(arguments: Engine.enabled)
        func editWithEvidenceThenDownloadAndRemoveIt(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                // setup
                let (staff, id) = try await Self.withEntry(app)
                let photo: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 0x5A, count: 5000) + [0x00, 0x0D, 0x0A]
                // act
                let saved = try await staff.postMultipart("/ledger/\(id)", Self.fields,
                                                          files: [("evidence", "现场照片.jpg", photo), ("evidence", "", [])])
                let edit = try await staff.get("/ledger/\(id)/edit")
                let evidence = try #require(try await EvidenceModel.query(on: app.db).first())
                let download = try await staff.get("/ledger/\(id)/evidence/\(evidence.id!)")
                let list = try await staff.get("/ledger")
                let removed = try await staff.post("/ledger/\(id)/evidence/\(evidence.id!)/delete", [:])
                let gone = try await staff.get("/ledger/\(id)/evidence/\(evidence.id!)")
                // assert
                #expect(saved.status == .seeOther)
                let entry = try #require(try await EntryModel.find(id, on: app.db))
                #expect(entry.title == "送戏下乡（修改）")
                #expect(entry.date == "2024-06-11")
                #expect(try await EntryValueModel.query(on: app.db).filter(\.$entryID == id).first()?.value == 3)
                #expect(edit.body.string.contains("现场照片.jpg"))
                #expect(edit.body.string.contains(#"value="送戏下乡（修改）""#))
                #expect(evidence.size == photo.count)
                #expect(download.status == .ok)
                #expect(Array(download.body.readableBytesView) == photo)
                #expect(download.headers.first(name: .contentType) == "image/jpeg")
                #expect(download.headers.first(name: .contentDisposition)?.hasPrefix("attachment") == true)
                #expect(list.body.string.contains("送戏下乡（修改）"))
                #expect(removed.status == .seeOther)
                #expect(gone.status == .notFound)
                #expect(try await EvidenceModel.query(on: app.db).count() == 0)
                #expect(Self.evidenceFiles(app).isEmpty)
                #expect(try await AuditEventModel.query(on: app.db).filter(\.$action ~~ ["add_evidence", "remove_evidence"]).count() == 2)
            }
        }

        @Test(arguments: Engine.enabled)
        func oversizeOrWrongTypeEvidenceIsRefusedAndNothingIsSaved(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                // setup
                let (staff, id) = try await Self.withEntry(app)
                let big = [UInt8](repeating: 0x25, count: EvidenceFiles.maxBytes + 1)
                // act
                let tooBig = try await staff.postMultipart("/ledger/\(id)", Self.fields, files: [("evidence", "扫描件.pdf", big)])
                let script = try await staff.postMultipart("/ledger/\(id)", Self.fields, files: [("evidence", "x.html", Array("<script>".utf8))])
                // assert
                #expect(tooBig.status == .unprocessableEntity)
                #expect(tooBig.body.string.contains("超过10 MB"))
                #expect(tooBig.body.string.contains(#"value="送戏下乡（修改）""#))
                #expect(script.status == .unprocessableEntity)
                #expect(script.body.string.contains("类型不支持"))
                #expect(try await EvidenceModel.query(on: app.db).count() == 0)
                #expect(Self.evidenceFiles(app).isEmpty)
                #expect(try await EntryModel.find(id, on: app.db)?.title == "送戏下乡")
            }
        }

        @Test(arguments: Engine.enabled)
        func anotherStreetsStaffCannotEditDownloadOrDelete(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                // setup
                let (staff, id) = try await Self.withEntry(app)
                _ = try await staff.postMultipart("/ledger/\(id)", Self.fields, files: [("evidence", "a.txt", Array("台账".utf8))])
                let eid = try #require(try await EvidenceModel.query(on: app.db).first()?.id)
                let other = try await Browser.login(app, "staff.b")
                _ = try await other.get("/ledger")
                // act
                let form = try await other.get("/ledger/\(id)/edit")
                let download = try await other.get("/ledger/\(id)/evidence/\(eid)")
                let update = try await other.postMultipart("/ledger/\(id)", Self.fields, files: [])
                let delete = try await other.post("/ledger/\(id)/delete", [:])
                let removeFile = try await other.post("/ledger/\(id)/evidence/\(eid)/delete", [:])
                let noToken = try await staff.post("/ledger/\(id)/delete", [:], csrf: "forged")
                // assert
                for res in [form, download, update, delete, removeFile] { #expect(res.status == .forbidden) }
                #expect(noToken.status == .forbidden)
                #expect(try await EntryModel.find(id, on: app.db)?.title == "送戏下乡（修改）")
                #expect(try await EvidenceModel.query(on: app.db).count() == 1)
            }
        }

        @Test(arguments: Engine.enabled)
        func invalidEditKeepsTheTypedValuesAndDeleteRemovesTheEntry(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                // setup
                let (staff, id) = try await Self.withEntry(app)
                // act
                let bad = try await staff.postMultipart("/ledger/\(id)", ["title": "<script>alert(1)</script>", "date": "2024-13-40",
                                                                          "category": "activity", "v.performances": "很多"], files: [])
                let deleted = try await staff.post("/ledger/\(id)/delete", [:])
                // assert
                #expect(bad.status == .unprocessableEntity)
                #expect(bad.body.string.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
                #expect(!bad.body.string.contains("<script>alert(1)"))
                #expect(bad.body.string.contains("请填写日期"))
                #expect(bad.body.string.contains("请填写数字"))
                #expect(bad.body.string.contains(#"value="很多""#))
                #expect(deleted.status == .seeOther)
                #expect(try await EntryModel.find(id, on: app.db) == nil)
                #expect(try await EntryValueModel.query(on: app.db).count() == 0)
            }
        }

        @Test(arguments: Engine.enabled)
        func importedEntriesAreConfirmedOneOrSeveralAtATime(engine: Engine) async throws {
            try await withApp(engine) { app, world in
                // setup: three entries read from a document, waiting for confirmation
                let api = try await Caller.login(app, "staff.a")
                for title in ["读书会", "非遗展", "送电影"] {
                    let res = try await api.send(.POST, "/api/entries", json: """
                    {"unit_id":\(world.streetA),"category":"activity","title":"\(title)","date":"2024-06-01","end_date":"2024-06-30",
                     "narrative":"全年共开展\(title)12场","source":"imported","provenance":{"doc_id":"上半年总结.docx#ab12","span_start":0,"span_end":5},
                     "values":[{"indicator":"performances","value":12}]}
                    """)
                    #expect(res.status == .created, "\(res.body.string)")
                }
                let ids = try await EntryModel.query(on: app.db).sort(\.$id).all().compactMap(\.id)
                let staff = try await Browser.login(app, "staff.a")
                // act
                let page = try await staff.get("/ledger/imported")
                let one = try await staff.post("/ledger/\(ids[0])/confirm", [:])
                _ = try await staff.get("/ledger/imported")
                let several = try await staff.post("/ledger/imported/confirm", ["ids": String(ids[1]), "ids[]": String(ids[2])])
                let none = try await staff.post("/ledger/imported/confirm", [:])
                let after = try await staff.get("/ledger/imported")
                // assert
                #expect(page.body.string.contains("《上半年总结.docx》"))
                #expect(page.body.string.contains("全年共开展读书会12场"))
                #expect(one.status == .seeOther)
                #expect(several.status == .seeOther)
                #expect(none.status == .seeOther)
                #expect(after.body.string.contains("没有待确认的导入记录"))
                #expect(try await EntryModel.query(on: app.db).filter(\.$pending == true).count() == 0)
                #expect(try await AuditEventModel.query(on: app.db).filter(\.$action == "confirm").count() == 3)
            }
        }

        @Test(arguments: Engine.enabled)
        func evidenceOverTheJSONAPI(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                // setup
                let (_, id) = try await Self.withEntry(app)
                let api = try await Caller.login(app, "staff.a")
                let other = try await Caller.login(app, "staff.b")
                let bytes = Array("%PDF-1.4 台账佐证".utf8)
                let boundary = "XyZ"
                var body = ByteBuffer(string: "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"通知.pdf\"\r\n\r\n")
                body.writeBytes(bytes)
                body.writeString("\r\n--\(boundary)--\r\n")
                var headers = HTTPHeaders()
                headers.bearerAuthorization = BearerAuthorization(token: api.token)
                headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
                // act
                let uploaded = try await app.testing().sendRequest(.POST, "/api/entries/\(id)/evidence", headers: headers, body: body)
                let listed = try await api.get("/api/entries/\(id)/evidence")
                let eid = listed.jsonArray.first?["id"] as? Int ?? 0
                let foreign = try await other.get("/api/entries/\(id)/evidence")
                let download = try await api.get("/api/entries/\(id)/evidence/\(eid)")
                let deleted = try await api.send(.DELETE, "/api/entries/\(id)/evidence/\(eid)")
                // assert
                #expect(uploaded.status == .created, "\(uploaded.body.string)")
                #expect(listed.jsonArray.first?["file_name"] as? String == "通知.pdf")
                #expect(foreign.status == .forbidden)
                #expect(Array(download.body.readableBytesView) == bytes)
                #expect(deleted.status == .noContent)
                #expect(try await EvidenceModel.query(on: app.db).count() == 0)
            }
        }

        /// Over real HTTP a large form arrives streamed; the CSRF check must still find its
        /// `_csrf` field (the in-memory tests hand the body over whole).
        @Test func aLargeUploadOverRealHTTPPassesTheCSRFCheck() async throws {
            try await withApp(.sqlite) { app, _ in
                // setup
                let (staff, id) = try await Self.withEntry(app)
                staff.method = .running(hostname: "127.0.0.1", port: Int.random(in: 30_000..<60_000))
                let scan = [UInt8](repeating: 0x41, count: 3 * 1024 * 1024)
                // act
                let res = try await staff.postMultipart("/ledger/\(id)", Self.fields, files: [("evidence", "扫描件.pdf", scan)])
                // assert
                // The live client follows the 303 to the ledger.
                #expect([.seeOther, .ok].contains(res.status), "\(res.status) \(res.body.string.prefix(300))")
                #expect(try await EvidenceModel.query(on: app.db).first()?.size == scan.count)
            }
        }

        @Test func formsAreReadWithRepeatedFieldsAndFiles() throws {
            let form = WebForm.urlencoded("ids=1&ids=2&ids%5B%5D=3&title=%E5%8F%B0%E8%B4%A6+A&empty=")
            #expect(form.lists["ids"] == ["1", "2", "3"])
            #expect(form.values["title"] == "台账 A")
            #expect(form.values["empty"] == "")
            #expect(WebForm.dispositionParameters(#"form-data; name="evidence"; filename="照片 1.jpg""#)
                == ["name": "evidence", "filename": "照片 1.jpg"])
            #expect(EvidenceFiles.cleanName("../../etc/passwd") == "passwd")
        }
    }
}
