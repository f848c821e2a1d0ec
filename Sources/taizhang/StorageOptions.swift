import ArgumentParser
import TaizhangServer

/// Where the data lives: `--data-dir` (default ./data, or TAIZHANG_DATA_DIR) or DATABASE_URL.
struct StorageOptions: ParsableArguments {
    @Option(name: .long, help: "Folder of the embedded SQLite database (default ./data or TAIZHANG_DATA_DIR).")
    var dataDir: String?

    func config() -> AppConfig { AppConfig.fromEnvironment(dataDirectory: dataDir) }
}
