import FluentSQLiteDriver
import Foundation
import Vapor

/// Moves SQLite's WAL checkpoints off the commit path. By default the connection whose
/// COMMIT takes the WAL past 1,000 pages copies the log back into the database file and
/// syncs it inside that COMMIT, so every request of that commit group waits for it: the
/// slowest writes of the benchmark (issue #18, POST p99). Here the write connections
/// checkpoint only as a safety net (a WAL of `safetyPages`), and a connection of its own,
/// on a thread of its own, runs a PASSIVE checkpoint every `interval`: PASSIVE copies what
/// no reader still needs without blocking readers or the writer, who keeps appending to the
/// log meanwhile. Durability is unchanged: a commit is durable when its COMMIT returns
/// (`synchronous = FULL` syncs the WAL), checkpointed or not.
final class SQLiteCheckpointer: LifecycleHandler, @unchecked Sendable {
    /// The write connections' own checkpoint threshold (pages of 4 KiB, ~40 MB): reached
    /// only when the background checkpoints fall behind.
    static let safetyPages = 10_000
    let path: String
    let interval: Duration
    private var task: Task<Bool, Never>?
    /// Whether the last shutdown closed the connection (a test reads it).
    private(set) var closedCleanly = false

    init(path: String, interval: Duration = .milliseconds(200)) {
        self.path = path
        self.interval = interval
    }

    func didBootAsync(_ app: Application) async throws {
        let pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        let conn = try await SQLiteConnection.open(storage: .file(path: path), threadPool: pool, logger: app.logger,
                                                   on: app.eventLoopGroup.any())
        task = Task { [interval] in
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                _ = try? await conn.query("PRAGMA wal_checkpoint(PASSIVE)")
            }
            // The future-based close: the async one goes through `NIOThreadPool.runIfActive`,
            // which throws CancellationError at once in this (cancelled) task without closing,
            // and SQLiteNIO asserts on a connection deinitialized open (debug trap on SIGTERM).
            let closed = (try? await conn.close().get()) != nil
            try? await pool.shutdownGracefully()
            return closed
        }
    }

    func shutdown(_ app: Application) { task?.cancel() }

    func shutdownAsync(_ app: Application) async {
        task?.cancel()
        closedCleanly = await task?.value ?? false
    }
}
