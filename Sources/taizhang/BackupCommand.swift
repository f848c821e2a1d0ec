import ArgumentParser
import TaizhangServer

struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "备份数据库与佐证文件到一个新目录（服务运行时也可执行）。Back up the database and evidence files into a new folder (safe while the server runs).",
        discussion: "SQLite: VACUUM INTO (a consistent online copy); PostgreSQL: pg_dump -Fc. manifest.json holds per-table row counts and SHA-256 digests.")

    @OptionGroup var storage: StorageOptions
    @Argument(help: "目标目录（须不存在或为空）/ target folder (new or empty)") var directory: String

    func run() async throws {
        for line in try await TaizhangCLI.backup(config: storage.config(), to: directory) { print(line) }
    }
}

struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "从备份目录恢复，并逐表校验与备份一致（须先停止服务）。Restore a backup folder and verify every table against it (stop the server first).",
        discussion: "SQLite: the file is replaced atomically; PostgreSQL: pg_restore --clean in one transaction. Exits non-zero naming any table that differs.")

    @OptionGroup var storage: StorageOptions
    @Argument(help: "备份目录 / backup folder") var directory: String

    func run() async throws {
        for line in try await TaizhangCLI.restore(config: storage.config(), from: directory) { print(line) }
    }
}
