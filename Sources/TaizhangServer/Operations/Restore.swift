import Foundation
import SQLKit
import Vapor

/// Puts a backup back (see `Backup`): the database first, with no server using it, then
/// the evidence files; then the restored tables are digested and compared with the
/// manifest, and the audit chain is walked.
enum Restore {
    struct Outcome: Sendable {
        var tables: Int
        var rows: Int
        var evidenceFiles: Int
        var auditRows: Int
        var lines: [String] {
            ["恢复完成：\(tables)张表、\(rows)行与备份逐表校验一致，\(evidenceFiles)个佐证文件，审计日志\(auditRows)行哈希链完好。",
             "Restore verified: \(tables) tables, \(rows) rows identical to the backup (per-table SHA-256), \(evidenceFiles) evidence files, audit chain intact (\(auditRows) rows)."]
        }
    }

    /// Step 1, before the application opens the database: replace it.
    static func replaceDatabase(from directory: String, manifest: Backup.Manifest, config: AppConfig) async throws {
        let source = (directory as NSString).appendingPathComponent(manifest.databaseFile)
        guard FileManager.default.fileExists(atPath: source) else {
            throw CLIError("备份中缺少数据库文件 \(manifest.databaseFile)。The backup lacks \(manifest.databaseFile).")
        }
        guard manifest.engine == config.database.engine.name else {
            throw CLIError("备份来自\(manifest.engine)，当前配置为\(config.database.engine.name)，不能直接恢复。"
                           + "The backup is \(manifest.engine); the configured database is \(config.database.engine.name).")
        }
        switch config.database {
        case .postgres(let url):
            try PostgresTools.restore(url: url, from: source)
        case .sqlite(let path):
            try SQLiteFile.replace(path, with: source)
        case .sqliteMemory:
            throw CLIError("内存数据库不能恢复。An in-memory database cannot be restored.")
        }
    }

    /// Step 2, on the restored database: evidence files back, digests compared.
    static func verify(_ app: Application, from directory: String, manifest: Backup.Manifest) async throws -> Outcome {
        let copied = try Backup.copyEvidence(from: (directory as NSString).appendingPathComponent("evidence"), to: app.evidenceFiles.directory)
        let missing = Set(manifest.evidenceFiles).subtracting(copied)
        guard missing.isEmpty else {
            throw CLIError("备份缺少\(missing.count)个佐证文件。The backup lacks \(missing.count) evidence files: \(missing.sorted().prefix(3).joined(separator: ", "))")
        }
        let actual = try await TableChecksums.compute(on: app.db as! any SQLDatabase, engine: manifest.engine)
        let diff = TableChecksums.differences(manifest.tables, actual)
        guard diff.isEmpty else {
            throw CLIError("恢复后的数据与备份不一致：\(diff.joined(separator: "；"))。Restored data differs from the backup: \(diff.joined(separator: "; "))")
        }
        let (checked, broken) = try await AuditLog.verify(on: app.db)
        if let broken { throw CLIError("恢复后审计日志校验失败：第\(broken.id)行。Audit chain broken after restore at \(broken).") }
        return Outcome(tables: actual.count, rows: actual.reduce(0) { $0 + $1.rows }, evidenceFiles: copied.count, auditRows: checked)
    }
}
