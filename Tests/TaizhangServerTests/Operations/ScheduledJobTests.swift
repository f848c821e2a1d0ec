import Foundation
import SQLKit
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor

extension DatabaseTests {
    /// Several instances on one database run a scheduled job once per tick: the second
    /// instance to wake for a tick finds it claimed and skips; the next tick runs again.
    @Suite struct ScheduledJobTests {
        @Test(arguments: Engine.enabled)
        func oneInstanceRunsEachTick(engine: Engine) async throws {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("tz-jobs-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: root) }
            let config = BackupRestoreTests.config(engine, root)
            let first = try await BackupRestoreTests.open(config)
            let second = try await BackupRestoreTests.open(config)
            do {
                // setup: two instances of the app on the same database
                if engine == .postgres { try await config.database.engine.dropAllTables(on: first.db as! any SQLDatabase) }
                try await Bootstrap.migrate(first)
                first.appConfig.instanceName = "a"; second.appConfig.instanceName = "b"
                let runs = Counter()
                let work: @Sendable (Application, Date) async throws -> String = { app, _ in runs.add(app.appConfig.instanceName); return "ok" }
                // act: both wake for the same tick, then both for the next
                await ScheduledJob.tick("test", app: first, work: work, interval: 600)
                await ScheduledJob.tick("test", app: second, work: work, interval: 600)
                second.dependencies.clock = .fixed(frozenNow.addingTimeInterval(600))
                await ScheduledJob.tick("test", app: second, work: work, interval: 600)
                await ScheduledJob.tick("test", app: first, work: work, interval: 600)
                // assert
                #expect(runs.names == ["a", "b"])
                let rows = try await (first.db as! any SQLDatabase).raw("SELECT instance, outcome FROM job_runs ORDER BY tick").all()
                #expect(try rows.map { try $0.decode(column: "instance", as: String.self) } == ["a", "b"])
                #expect(try rows.map { try $0.decode(column: "outcome", as: String.self) } == ["ok", "ok"])
                let scrape = first.metrics.registry.emitToString()
                #expect(scrape.contains(#"taizhang_job_runs_total{job="test",outcome="ran"} 1"#), "\(scrape)")
                #expect(scrape.contains(#"taizhang_job_runs_total{job="test",outcome="skipped"} 1"#))
            } catch {
                try? await first.asyncShutdown(); try? await second.asyncShutdown(); throw error
            }
            try await first.asyncShutdown(); try await second.asyncShutdown()
        }
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var _names: [String] = []
    var names: [String] { lock.withLock { _names } }
    func add(_ n: String) { lock.withLock { _names.append(n) } }
}
