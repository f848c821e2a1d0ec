import Fluent
import Foundation
import SQLKit
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

extension DatabaseTests {
    /// `taizhang backup` then `taizhang restore` gives back exactly the tables and files
    /// that were backed up (per-table digests), on both engines; a manifest that does not
    /// match the restored data is refused, naming the table.
    @Suite struct BackupRestoreTests {
        /// A file database (SQLite) or the test database (PostgreSQL) under a fresh data folder.
        static func config(_ engine: Engine, _ dir: String) -> AppConfig {
            let db: AppConfig.Database = engine == .sqlite ? .sqlite(path: dir + "/taizhang.sqlite") : engine.config
            return AppConfig(database: db, dataDirectory: dir, runsReminderJob: false)
        }

        static func open(_ config: AppConfig) async throws -> Application {
            let app = try await Application.makeTaizhang(config: config, dependencies: Dependencies(clock: .fixed(frozenNow), bcryptCost: 4),
                                                         environment: .testing)
            app.logger.logLevel = .warning
            return app
        }

        static func staffActor(_ app: Application, unit: Int) async throws -> Actor {
            Actor(userID: try await UserModel.query(on: app.db).filter(\.$username == "staff.a").first()!.id!,
                  username: "staff.a", displayName: "staff.a",
                  scope: AccessScope(grants: [RoleGrant(unitID: unit, role: .staff)], tree: try await app.unitDirectory.tree(on: app.db)),
                  ip: nil, viaBrowser: false)
        }

        static func addEntry(_ app: Application, unit: Int, title: String, file: Data? = nil) async throws {
            let input = Ledger.EntryInput(unitId: unit, category: .activity, title: title, date: CivilDate(2024, 6, 11),
                                          values: [IndicatorValue(indicator: "performances", value: 3)])
            _ = try await Ledger.create([input], files: file.map { [.init(filename: "photo.jpg", data: $0)] } ?? [],
                                        actor: try await staffActor(app, unit: unit), catalog: try await app.catalogCache.catalog(on: app.db),
                                        evidence: app.evidenceFiles, writes: app.writes)
        }

        static func checksums(_ app: Application) async throws -> [TableChecksums.Table] {
            try await TableChecksums.compute(on: app.db as! any SQLDatabase, engine: app.appConfig.database.engine.name)
        }

        @Test(arguments: Engine.enabled)
        func restoreGivesBackExactlyTheBackup(engine: Engine) async throws {
            // setup: a database with entries, one with a photo
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("tz-backup-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: root) }
            let config = Self.config(engine, root + "/data")
            let photo = Data((0..<4096).map { UInt8($0 % 251) })
            let app = try await Self.open(config)
            let before: [TableChecksums.Table], unit: Int
            do {
                if engine == .postgres { try await config.database.engine.dropAllTables(on: app.db as! any SQLDatabase) }
                try await Bootstrap.migrate(app)
                let world = try await TestWorld.load(app, notifier: RecordingNotifier())
                unit = world.streetA
                try await Self.addEntry(app, unit: unit, title: "文艺演出", file: photo)
                try await Self.addEntry(app, unit: unit, title: "非遗展示")
                before = try await Self.checksums(app)
                // act: back up, then change the data afterwards
                let outcome = try await Backup.create(app, into: root + "/backup")
                #expect(outcome.manifest.tables == before)
                #expect(outcome.manifest.evidenceFiles.count == 1)
                try await Self.addEntry(app, unit: unit, title: "备份之后的记录")
                try await EntryModel.query(on: app.db).filter(\.$title == "文艺演出").set(\.$title, to: "改过的标题").update()
            } catch {
                try? await app.asyncShutdown(); throw error
            }
            try await app.asyncShutdown()
            if engine == .sqlite { try FileManager.default.removeItem(atPath: root + "/data/evidence") }
            let lines = try await TaizhangCLI.restore(config: config, from: root + "/backup")
            // assert: every table as backed up, the photo back, the audit chain intact
            #expect(lines.first?.contains("逐表校验一致") == true, "\(lines)")
            let restored = try await Self.open(config)
            do {
                #expect(try await Self.checksums(restored) == before)
                #expect(try await EntryModel.query(on: restored.db).filter(\.$title == "文艺演出").count() == 1)
                #expect(try await EntryModel.query(on: restored.db).filter(\.$title == "备份之后的记录").count() == 0)
                let sha = try #require(try await EvidenceModel.query(on: restored.db).first()?.sha256)
                #expect(FileManager.default.contents(atPath: restored.evidenceFiles.path(sha)) == photo)
                #expect(try await AuditLog.verify(on: restored.db).broken == nil)
            } catch {
                try? await restored.asyncShutdown(); throw error
            }
            try await restored.asyncShutdown()
        }

        @Test(arguments: Engine.enabled)
        func aManifestThatDoesNotMatchIsRefusedNamingTheTable(engine: Engine) async throws {
            // setup: a backup whose manifest claims another digest for `entries`
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("tz-backup-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: root) }
            let config = Self.config(engine, root + "/data")
            let app = try await Self.open(config)
            do {
                if engine == .postgres { try await config.database.engine.dropAllTables(on: app.db as! any SQLDatabase) }
                try await Bootstrap.migrate(app)
                let world = try await TestWorld.load(app, notifier: RecordingNotifier())
                try await Self.addEntry(app, unit: world.streetA, title: "文艺演出")
                _ = try await Backup.create(app, into: root + "/backup")
            } catch {
                try? await app.asyncShutdown(); throw error
            }
            try await app.asyncShutdown()
            let path = root + "/backup/" + Backup.manifestName
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            var tables = try #require(json["tables"] as? [[String: Any]])
            let i = try #require(tables.firstIndex { $0["name"] as? String == "entries" })
            tables[i]["sha256"] = String(repeating: "0", count: 64)
            var changed = json
            changed["tables"] = tables
            try JSONSerialization.data(withJSONObject: changed).write(to: URL(fileURLWithPath: path))
            // act
            let error = await #expect(throws: CLIError.self) { try await TaizhangCLI.restore(config: config, from: root + "/backup") }
            // assert
            #expect(error?.description.contains("entries") == true, "\(String(describing: error))")
        }

        @Test func aBackupNeverOverwritesAnotherOne() async throws {
            // setup
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("tz-backup-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: root) }
            try FileManager.default.createDirectory(atPath: root + "/backup", withIntermediateDirectories: true)
            try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/backup/manifest.json"))
            // act / assert
            #expect(throws: CLIError.self) { try Backup.prepareEmpty(root + "/backup") }
        }
    }
}
