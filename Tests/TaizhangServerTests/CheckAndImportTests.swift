import Fluent
import SQLKit
import Foundation
import TaizhangDomain
@testable import TaizhangServer
import TaizhangText
import Testing
import Vapor
import VaporTesting

/// The fixture documents, read from Tests/Fixtures in the repository.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures").standardized
    static func seed(_ prefix: String) throws -> URL {
        let dir = root.appendingPathComponent("seeds")
        let name = try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasPrefix(prefix) }!
        return dir.appendingPathComponent(name)
    }
}

extension DatabaseTests {
    @Suite struct CheckAndImportTests {
        @Test func checkEndpointTakesPastedTextAndUploads() async throws {
            try await withApp(.sqlite) { app, _ in
                // setup
                let staff = try await Caller.login(app, "staff.a")
                let seed = try Data(contentsOf: try Fixtures.seed("001"))
                // act
                let pasted = try await staff.send(.POST, "/api/check", json: #"{"text":"20xx年上半年，我站共举办文艺演出71场。"}"#)
                let uploaded = try await staff.send(.POST, "/api/check?filename=seed.txt", json: nil,
                                                    headers: ["Content-Type": "application/octet-stream"])
                var raw = HTTPHeaders(); raw.bearerAuthorization = BearerAuthorization(token: staff.token); raw.contentType = .binary
                let file = try await app.testing().sendRequest(.POST, "/api/check?filename=seed.txt", headers: raw, body: ByteBuffer(data: seed))
                let corrupt = try await app.testing().sendRequest(.POST, "/api/check?filename=bad.docx", headers: raw, body: ByteBuffer(string: "PK\u{3}\u{4}garbage"))
                let anonymous = try await app.testing().sendRequest(.POST, "/api/check", headers: ["Content-Type": "application/json"], body: ByteBuffer(string: #"{"text":"x"}"#))
                // assert
                let doc = (pasted.json["documents"] as? [[String: Any]])?.first ?? [:]
                #expect((doc["findings"] as? [[String: Any]])?.contains { $0["kind"] as? String == "placeholder" } == true)
                #expect((doc["quantities"] as? [[String: Any]])?.contains { $0["value"] as? Double == 71 } == true)
                #expect(uploaded.status == .badRequest)
                let fileDoc = (file.json["documents"] as? [[String: Any]])?.first ?? [:]
                #expect(file.status == .ok)
                #expect(fileDoc["path"] as? String == "seed.txt")
                #expect(((fileDoc["quantities"] as? [Any])?.count ?? 0) > 20)
                #expect(corrupt.status == .unprocessableEntity)
                #expect((corrupt.json["message"] as? String)?.contains("bad.docx") == true)
                #expect(anonymous.status == .unauthorized)
            }
        }

        @Test func importCandidatesPointAtTheirTextAndMatchTheCatalog() throws {
            // setup
            let url = try Fixtures.seed("001")
            let (text, _) = try Checker.read(fileAt: url)
            let report = Checker.check(text: text, path: url.path)
            // act
            let candidates = DocumentImport.candidates(text: text, fileData: try Data(contentsOf: url), fileName: "001.txt",
                                                       report: report, catalog: try Catalog.publicCulture(),
                                                       unitID: 7, period: .half(2024, 1))
            // assert
            #expect(candidates.count >= 5)
            let chars = Array(text)
            for c in candidates {
                let span = c.stored.provenance!
                #expect(String(chars[span.spanStart..<span.spanEnd]) == c.quantity.text)
                #expect(c.stored.pending && c.stored.entry.source == .imported)
                #expect(c.stored.entry.unitID == 7 && c.stored.entry.countsOn == CivilDate(2024, 6, 30))
            }
            #expect(candidates.contains { $0.indicator.code == "publicity_boards" })
        }

        @Test func importPreviewFoldsPartsAndOffersTheDocumentPeriod() async throws {
            try await withApp(.sqlite) { app, _ in
                // setup
                let staff = try await Caller.login(app, "staff.a")
                let text = "2025年上半年文化站工作总结\n上半年共举办文艺演出57场,其中送戏下乡31场、广场演出26场。已累计放映公益电影1526场。"
                let body = String(data: try JSONSerialization.data(withJSONObject: ["text": text]), encoding: .utf8)!
                // act
                let preview = try await staff.send(.POST, "/api/check/preview", json: body)
                let bad = try await staff.send(.POST, "/api/check/preview", json: #"{"text":"x","period":"2025X9"}"#)
                let candidates = DocumentImport.candidates(text: text, fileData: Data(text.utf8), fileName: "t.txt",
                                                           report: Checker.check(text: text), catalog: try Catalog.publicCulture(),
                                                           unitID: 7, period: .half(2025, 1))
                // assert
                #expect(preview.status == .ok)
                #expect(preview.json["documentPeriod"] as? String == "2025H1")
                let rows = preview.json["candidates"] as? [[String: Any]] ?? []
                #expect(rows.filter { ($0["parts"] as? [Any])?.count == 2 }.count == 1)
                #expect(rows.contains { $0["cumulative"] as? Bool == true && $0["importable"] as? Bool == false })
                #expect(bad.status == .badRequest)
                #expect(candidates.map { $0.stored.entry.values[0].value } == [57])
            }
        }

        @Test func importCommandWritesPendingEntriesOnlyWithoutDryRun() async throws {
            // setup: a file-backed database with one unit, as the CLI uses it
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tz-import-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: dir) }
            let config = AppConfig(database: .sqlite(path: dir.appendingPathComponent("t.sqlite").path), dataDirectory: dir.path)
            try await TaizhangCLI.withApp(config) { app in
                try await UnitModel(DomainUnit(id: 0, parentID: nil, kind: .town, name: "沙门镇", code: "330115")).create(on: app.db)
            }
            let file = try Fixtures.seed("001").path
            // act
            let dry = try await TaizhangCLI.importDocument(config: config, path: file, unit: "330115", period: "2024H1", dryRun: true)
            let detected = try await TaizhangCLI.importDocument(config: config, path: file, unit: "330115", period: "", dryRun: true)
            let countAfterDry = try await TaizhangCLI.withApp(config) { try await EntryModel.query(on: $0.db).count() }
            let real = try await TaizhangCLI.importDocument(config: config, path: file, unit: "330115", period: "2024H1", dryRun: false)
            let pending = try await TaizhangCLI.withApp(config) { try await EntryModel.query(on: $0.db).filter(\.$pending == true).count() }
            // assert
            #expect(countAfterDry == 0)
            #expect(dry.last?.contains("Dry run") == true)
            #expect(detected.first?.contains("2024H1") == true)
            #expect(pending > 0)
            #expect(real.last?.contains("pending") == true)
            await #expect(throws: CLIError.self) {
                _ = try await TaizhangCLI.importDocument(config: config, path: file, unit: "999999", period: "2024H1", dryRun: true)
            }
        }

        @Test(arguments: Engine.enabled)
        func storageEngineDropsEveryTable(engine: Engine) async throws {
            try await withApp(engine) { app, _ in
                let sql = app.db as! any SQLDatabase
                try await app.appConfig.database.engine.dropAllTables(on: sql)
                await #expect(throws: (any Error).self) { _ = try await UnitModel.query(on: app.db).count() }
                try await Bootstrap.migrate(app)
                #expect(try await IndicatorModel.query(on: app.db).count() >= 30)
            }
        }
    }
}
