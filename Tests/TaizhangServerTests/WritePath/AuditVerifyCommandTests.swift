import Fluent
import Foundation
import SQLKit
@testable import TaizhangServer
import Testing

/// `taizhang audit verify` on a database file, as an operator runs it.
@Suite struct AuditVerifyCommandTests {
    @Test func passesOnAFreshDatabaseAndFailsAfterOneRowIsEditedByHand() async throws {
        // setup: a fresh SQLite database (migrating seeds the catalog, which is audited)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tz-audit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let config = AppConfig(database: .sqlite(path: dir.appendingPathComponent("taizhang.sqlite").path), dataDirectory: dir.path,
                               runsReminderJob: false)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let fresh = try await TaizhangCLI.verifyAudit(config: config)
        // act: change one audit row behind the application's back
        try await TaizhangCLI.withApp(config) { app in
            try await (app.db as! any SQLDatabase).raw("UPDATE audit_events SET username = 'mallory' WHERE id = 1").run()
        }
        // assert
        #expect(fresh.contains("完好") && fresh.contains("intact"))
        await #expect(throws: CLIError.self) { _ = try await TaizhangCLI.verifyAudit(config: config) }
        do { _ = try await TaizhangCLI.verifyAudit(config: config) } catch let e as CLIError {
            #expect(e.description.contains("第1行"))
        }
    }
}
