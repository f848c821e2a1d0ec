import Foundation
import SQLKit
import Vapor

/// `taizhang backup` / `taizhang restore`: a backup is a folder with the database
/// (SQLite: a consistent copy made online by `VACUUM INTO`; PostgreSQL: `pg_dump -Fc`),
/// the evidence files, and `manifest.json` holding per-table row counts and digests of
/// exactly what was copied. A restore puts both back and proves the result identical by
/// the same digests (and walks the audit chain).
enum Backup {
    struct Manifest: Codable, Sendable {
        var format = 1
        var engine: String
        var createdAt: String
        var databaseFile: String
        var tables: [TableChecksums.Table]
        var evidenceFiles: [String]
    }

    struct Outcome: Sendable {
        var manifest: Manifest
        var directory: String
        var lines: [String] {
            let rows = manifest.tables.reduce(0) { $0 + $1.rows }
            return ["备份完成：\(manifest.tables.count)张表，\(rows)行，\(manifest.evidenceFiles.count)个佐证文件 → \(directory)",
                    "Backup written: \(manifest.tables.count) tables, \(rows) rows, \(manifest.evidenceFiles.count) evidence files → \(directory)"]
        }
    }

    static let manifestName = "manifest.json"

    /// Writes the backup of the running database `app` uses into `directory` (which must
    /// not exist yet, or be empty: a backup never overwrites another).
    static func create(_ app: Application, into directory: String) async throws -> Outcome {
        try prepareEmpty(directory)
        let sql = app.db as! any SQLDatabase
        let engine = app.appConfig.database.engine.name
        var manifest: Manifest
        switch app.appConfig.database {
        case .postgres(let url):
            let file = "database.pgdump"
            let tables = try await PostgresTools.dumpWithChecksums(url: url, to: (directory as NSString).appendingPathComponent(file), db: app.db)
            manifest = Manifest(engine: engine, createdAt: Self.now(), databaseFile: file, tables: tables, evidenceFiles: [])
        case .sqlite, .sqliteMemory:
            let file = "database.sqlite"
            let path = (directory as NSString).appendingPathComponent(file)
            // One statement, one read transaction: a consistent copy while writers go on.
            try await sql.raw("VACUUM INTO \(literal: path)").run()
            let tables = try await SQLiteFile.checksums(of: path, app: app)
            manifest = Manifest(engine: engine, createdAt: Self.now(), databaseFile: file, tables: tables, evidenceFiles: [])
        }
        manifest.evidenceFiles = try copyEvidence(from: app.evidenceFiles.directory,
                                                  to: (directory as NSString).appendingPathComponent("evidence"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        try encoder.encode(manifest).write(to: URL(fileURLWithPath: (directory as NSString).appendingPathComponent(manifestName)))
        return Outcome(manifest: manifest, directory: directory)
    }

    static func readManifest(_ directory: String) throws -> Manifest {
        let url = URL(fileURLWithPath: (directory as NSString).appendingPathComponent(manifestName))
        guard let data = try? Data(contentsOf: url) else {
            throw CLIError("找不到备份清单 \(url.path)。No backup manifest at \(url.path).")
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Manifest.self, from: data)
    }

    static func prepareEmpty(_ directory: String) throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: directory), !((try? fm.contentsOfDirectory(atPath: directory)) ?? []).isEmpty {
            throw CLIError("备份目录 \(directory) 不是空目录，未写入。The backup folder \(directory) is not empty; nothing written.")
        }
        try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    /// Content-addressed files (named by their SHA-256), copied as they are; staged
    /// uploads (`.staged-…`) are not evidence yet.
    static func copyEvidence(from source: String, to target: String) throws -> [String] {
        let fm = FileManager.default
        let names = ((try? fm.contentsOfDirectory(atPath: source)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        try fm.createDirectory(atPath: target, withIntermediateDirectories: true)
        for name in names {
            let to = (target as NSString).appendingPathComponent(name)
            if !fm.fileExists(atPath: to) { try fm.copyItem(atPath: (source as NSString).appendingPathComponent(name), toPath: to) }
        }
        return names
    }

    static func now() -> String { ISO8601DateFormatter().string(from: Date()) }
}
