import Foundation
import Vapor

extension TaizhangCLI {
    /// `taizhang backup DIR`: the database (online), the evidence files and a manifest of
    /// per-table digests.
    public static func backup(config: AppConfig, to directory: String) async throws -> [String] {
        try await withApp(config) { try await Backup.create($0, into: directory).lines }
    }

    /// `taizhang restore DIR`: replaces the database (the server must be stopped), puts the
    /// evidence files back, then proves the tables identical to the manifest. The schema is
    /// left as the backup had it until the next start migrates it.
    public static func restore(config: AppConfig, from directory: String) async throws -> [String] {
        let manifest = try Backup.readManifest(directory)
        try await Restore.replaceDatabase(from: directory, manifest: manifest, config: config)
        return try await withApp(config, migrate: false) { try await Restore.verify($0, from: directory, manifest: manifest).lines }
    }
}
