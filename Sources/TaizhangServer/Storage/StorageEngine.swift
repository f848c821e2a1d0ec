import Fluent
import SQLKit
import Vapor

/// The little that differs between SQLite and PostgreSQL. Everything else goes through
/// Fluent's schema builder and query API (or engine-neutral SQLKit builders).
protocol StorageEngine: Sendable {
    var name: String { get }
    /// The most bind parameters one statement may carry (bulk inserts are chunked by it).
    var maxBindParameters: Int { get }
    /// Drops every table of the application (a fresh start for tests and `migrate --reset`).
    func dropAllTables(on db: any SQLDatabase) async throws
    /// Whether write transactions should wait for each other in the app (`WriteGate`).
    var serializesWrites: Bool { get }
    /// Per-connection settings, run once on each pooled connection at startup.
    func prepareConnection(on db: any SQLDatabase) async throws
}

struct SQLiteEngine: StorageEngine {
    let name = "sqlite"
    /// SQLite ≥ 3.32 allows 32,766 variables per statement.
    let maxBindParameters = 32_000
    /// One writer per file; a waiting writer spins in the busy handler.
    let serializesWrites = true

    func dropAllTables(on db: any SQLDatabase) async throws {
        let rows = try await db.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all()
        try await db.raw("PRAGMA foreign_keys = OFF").run()
        for row in rows {
            let table = try row.decode(column: "name", as: String.self)
            try await db.drop(table: table).ifExists().run()
        }
        try await db.raw("PRAGMA foreign_keys = ON").run()
    }

    /// Write-ahead log: readers do not block the writer and a commit appends to the log
    /// instead of rewriting pages through a rollback journal. synchronous=FULL syncs the log
    /// at every COMMIT, so an acknowledged write survives a power cut, not only a process
    /// crash (NORMAL syncs only at checkpoints); the commit queue (`WriteGate`) groups many
    /// requests into one COMMIT, so the sync is paid once per group, not once per request.
    /// `journal_mode` is stored in the file, `synchronous` is per connection.
    /// TAIZHANG_SQLITE_SYNCHRONOUS=NORMAL exists to measure what FULL costs (docs/benchmarks.md);
    /// it gives up durability across a power cut and is not for production.
    func prepareConnection(on db: any SQLDatabase) async throws {
        try await db.raw("PRAGMA journal_mode = WAL").run()
        let normal = ProcessInfo.processInfo.environment["TAIZHANG_SQLITE_SYNCHRONOUS"]?.uppercased() == "NORMAL"
        try await db.raw(normal ? "PRAGMA synchronous = NORMAL" : "PRAGMA synchronous = FULL").run()
        // Checkpoints run in the background (`SQLiteCheckpointer`); a write checkpoints only
        // when they fall behind.
        if BenchSwitches.checkpointer {
            try await db.raw("PRAGMA wal_autocheckpoint = \(unsafeRaw: String(SQLiteCheckpointer.safetyPages))").run()
        }
    }
}

struct PostgresEngine: StorageEngine {
    let name = "postgresql"
    /// The wire protocol counts parameters in an Int16.
    let maxBindParameters = 65_000
    let serializesWrites = false

    func dropAllTables(on db: any SQLDatabase) async throws {
        try await db.raw("DROP SCHEMA IF EXISTS public CASCADE").run()
        try await db.raw("CREATE SCHEMA public").run()
    }

    func prepareConnection(on db: any SQLDatabase) async throws {}
}

extension Application {
    /// Runs the engine's per-connection settings on every connection of the pool. SQLite
    /// keeps exactly one connection per event loop, opened here and reused for the life of
    /// the app; should one be reopened, it runs with SQLite's defaults (slower, not less safe).
    func prepareDatabaseConnections(engine: any StorageEngine) async throws {
        for eventLoop in eventLoopGroup.makeIterator() {
            guard let db = databases.database(logger: logger, on: eventLoop) as? any SQLDatabase else { continue }
            try await engine.prepareConnection(on: db)
        }
    }
}

extension AppConfig.Database {
    var engine: any StorageEngine {
        switch self {
        case .sqlite, .sqliteMemory: SQLiteEngine()
        case .postgres: PostgresEngine()
        }
    }
}
