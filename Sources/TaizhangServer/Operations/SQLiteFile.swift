import FluentSQLiteDriver
import Foundation
import SQLKit
import Vapor

/// SQLite files outside the application's own database: a backup copy to digest, a
/// restored file to move into place.
enum SQLiteFile {
    /// Digests of the copy at `path`, opened read-only beside the app's database.
    static func checksums(of path: String, app: Application) async throws -> [TableChecksums.Table] {
        let id = DatabaseID(string: "backup-\(UUID().uuidString)")
        app.databases.use(.sqlite(.file(path)), as: id, isDefault: false)
        guard let db = app.databases.database(id, logger: app.logger, on: app.eventLoopGroup.any()) as? any SQLDatabase else {
            throw CLIError("无法打开备份文件 \(path)。Cannot open \(path).")
        }
        return try await TableChecksums.compute(on: db, engine: "sqlite")
    }

    /// Moves `source` over the database at `target`, atomically by rename: a reader sees
    /// the old file or the new one. The old write-ahead log goes first (it belongs to the
    /// old file); the server must not be running.
    static func replace(_ target: String, with source: String) throws {
        let fm = FileManager.default
        try fm.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let temp = target + ".restoring"
        try? fm.removeItem(atPath: temp)
        try fm.copyItem(atPath: source, toPath: temp)
        for suffix in ["-wal", "-shm", "-journal"] { try? fm.removeItem(atPath: target + suffix) }
        guard rename(temp, target) == 0 else {
            throw CLIError("无法替换数据库文件 \(target)。Cannot replace \(target).")
        }
    }
}
