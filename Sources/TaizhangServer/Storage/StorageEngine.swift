import Fluent
import SQLKit

/// The little that differs between SQLite and PostgreSQL. Everything else goes through
/// Fluent's schema builder and query API (or engine-neutral SQLKit builders).
protocol StorageEngine: Sendable {
    var name: String { get }
    /// The most bind parameters one statement may carry (bulk inserts are chunked by it).
    var maxBindParameters: Int { get }
    /// Drops every table of the application (a fresh start for tests and `migrate --reset`).
    func dropAllTables(on db: any SQLDatabase) async throws
}

struct SQLiteEngine: StorageEngine {
    let name = "sqlite"
    /// SQLite ≥ 3.32 allows 32,766 variables per statement.
    let maxBindParameters = 32_000

    func dropAllTables(on db: any SQLDatabase) async throws {
        let rows = try await db.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all()
        try await db.raw("PRAGMA foreign_keys = OFF").run()
        for row in rows {
            let table = try row.decode(column: "name", as: String.self)
            try await db.drop(table: table).ifExists().run()
        }
        try await db.raw("PRAGMA foreign_keys = ON").run()
    }
}

struct PostgresEngine: StorageEngine {
    let name = "postgresql"
    /// The wire protocol counts parameters in an Int16.
    let maxBindParameters = 65_000

    func dropAllTables(on db: any SQLDatabase) async throws {
        try await db.raw("DROP SCHEMA IF EXISTS public CASCADE").run()
        try await db.raw("CREATE SCHEMA public").run()
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
