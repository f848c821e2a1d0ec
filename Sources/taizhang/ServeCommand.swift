import ArgumentParser
import TaizhangServer

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Start the web app and API (migrates first; loads the demo data into an empty database).")

    @OptionGroup var storage: StorageOptions
    @Option(help: "Port to listen on (default 8080 or PORT).") var port: Int?
    @Option(help: "Address to bind (default 127.0.0.1 or HOST).") var hostname: String?
    @Flag(help: "Do not load the demo data into an empty database.") var noDemo = false
    @Option(help: "Log lines as text or json (default text or TAIZHANG_LOG_FORMAT).") var logFormat: String?

    func validate() throws {
        if let logFormat, LogFormat(rawValue: logFormat) == nil { throw ValidationError("--log-format: text or json") }
    }

    func run() async throws {
        var config = storage.config()
        if let port { config.port = port }
        if let hostname { config.host = hostname }
        try await TaizhangCLI.serve(config: config, loadDemoIfEmpty: !noDemo)
    }
}

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Create or update the database schema.")
    @OptionGroup var storage: StorageOptions

    func run() async throws {
        try await TaizhangCLI.migrate(config: storage.config())
        print("数据库已是最新结构。Database is up to date.")
    }
}

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo", abstract: "Load the demo district into an empty database and print the demo logins.")
    @OptionGroup var storage: StorageOptions

    func run() async throws {
        try await TaizhangCLI.loadDemo(config: storage.config())
    }
}

struct UnitsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "units", abstract: "Print the unit tree with ids, codes and names.")
    @OptionGroup var storage: StorageOptions

    func run() async throws {
        for line in try await TaizhangCLI.unitLines(config: storage.config()) { print(line) }
    }
}
