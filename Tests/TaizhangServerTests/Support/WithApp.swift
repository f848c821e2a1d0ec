import Foundation
import SQLKit
import TaizhangDomain
@testable import TaizhangServer
import Testing
import Vapor
import VaporTesting

/// The database engines the DB suite runs on: SQLite always, PostgreSQL when
/// TEST_DATABASE_URL is set (as `.ci/run` does).
enum Engine: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    static var enabled: [Engine] {
        ProcessInfo.processInfo.environment["TEST_DATABASE_URL"].map { $0.isEmpty ? [.sqlite] : [.sqlite, .postgres] } ?? [.sqlite]
    }

    var config: AppConfig.Database {
        switch self {
        case .sqlite: .sqliteMemory
        case .postgres: .postgres(url: ProcessInfo.processInfo.environment["TEST_DATABASE_URL"]!)
        }
    }
    var testDescription: String { rawValue }
}

/// 2024-07-03 10:00 Beijing time: after June's monthly report was due (5 July) is still ahead.
let frozenNow = CivilDate(2024, 7, 3).startInstant().addingTimeInterval(10 * 3600)

/// Recorded reminders, for tests of the notifier.
final class RecordingNotifier: Notifier, @unchecked Sendable {
    private let lock = NSLock()
    private var _sent: [OutgoingReminder] = []
    var sent: [OutgoingReminder] { lock.withLock { _sent } }
    func send(_ m: OutgoingReminder) async throws { lock.withLock { _sent.append(m) } }
}

/// The one test harness: a configured app on a fresh database of `engine`, migrated,
/// with the small test world loaded; shut down afterwards.
func withApp(_ engine: Engine, now: Date = frozenNow, clock: Clock? = nil, configure: (inout AppConfig) -> Void = { _ in },
             _ body: (Application, TestWorld) async throws -> Void) async throws {
    let notifier = RecordingNotifier()
    // Evidence files go under the data directory: a fresh one per test, removed afterwards.
    let dataDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("taizhang-test-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: dataDirectory) }
    var config = AppConfig(database: engine.config, dataDirectory: dataDirectory, runsReminderJob: false)
    configure(&config)
    let app = try await Application.makeTaizhang(
        config: config, dependencies: Dependencies(clock: clock ?? .fixed(now), notifier: notifier, bcryptCost: 4),
        environment: .testing)
    app.logger.logLevel = .warning
    do {
        if engine == .postgres {
            try await config.database.engine.dropAllTables(on: app.db as! any SQLDatabase)
        }
        try await Bootstrap.migrate(app)
        let world = try await TestWorld.load(app, notifier: notifier)
        try await body(app, world)
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}
