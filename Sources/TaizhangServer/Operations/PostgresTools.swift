import FluentKit
import Foundation
import SQLKit

/// `pg_dump` / `pg_restore` for the backup commands. The password travels in PGPASSWORD,
/// not on the command line (which other users of the machine can read).
enum PostgresTools {
    /// Dumps the database and digests its tables from the same snapshot: a read-only
    /// repeatable-read transaction exports its snapshot, `pg_dump --snapshot` reads from it,
    /// and the digests are computed in it, so the manifest describes exactly the dump even
    /// while the server keeps writing. (Read-only, no write: not a `Writes` transaction.)
    static func dumpWithChecksums(url: String, to file: String, db: any Database) async throws -> [TableChecksums.Table] {
        try await db.withConnection { pinned in
            let session = pinned as! any SQLDatabase
            try await session.raw("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY").run()
            do {
                let snapshot = try await session.raw("SELECT pg_export_snapshot() AS s").first()!.decode(column: "s", as: String.self)
                let (target, env) = try connection(url)
                try await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--snapshot=\(snapshot)",
                                          "--file=\(file)", "--dbname=\(target)"], env: env)
                let tables = try await TableChecksums.compute(on: session, engine: "postgresql")
                try await session.raw("COMMIT").run()
                return tables
            } catch {
                try? await session.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// Replaces the objects of the dump in the target database, in one transaction: it
    /// all lands, or nothing changes.
    static func restore(url: String, from file: String) throws {
        let (target, env) = try connection(url)
        try runBlocking("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction",
                                       "--exit-on-error", "--dbname=\(target)", file], env: env)
    }

    /// The URL without its password (libpq reads `postgres://` URLs) and the environment
    /// carrying it.
    static func connection(_ url: String) throws -> (String, [String: String]) {
        guard var c = URLComponents(string: url) else { throw CLIError("DATABASE_URL 无法解析。DATABASE_URL cannot be parsed.") }
        var env = ProcessInfo.processInfo.environment
        if let p = c.password { env["PGPASSWORD"] = p; c.password = nil }
        return (c.string ?? url, env)
    }

    static func run(_ tool: String, _ arguments: [String], env: [String: String]) async throws {
        try await Task.detached { try runBlocking(tool, arguments, env: env) }.value
    }

    static func runBlocking(_ tool: String, _ arguments: [String], env: [String: String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [tool] + arguments
        p.environment = env
        let err = Pipe()
        p.standardError = err
        do { try p.run() } catch {
            throw CLIError("无法运行 \(tool)（请安装 postgresql-client）。Cannot run \(tool) (install postgresql-client): \(error)")
        }
        let message = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw CLIError("\(tool) 失败（退出码\(p.terminationStatus)）。\(tool) failed (\(p.terminationStatus)): "
                           + String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}
