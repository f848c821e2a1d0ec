import ArgumentParser
import Foundation
import TaizhangServer

/// The `taizhang` command: parses arguments and calls the libraries, nothing more.
@main
struct Taizhang: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taizhang",
        abstract: "台账 Taizhang — work ledger, reporting calendar and summaries for public-sector units.",
        subcommands: [ServeCommand.self, MigrateCommand.self, DemoCommand.self, UnitsCommand.self, UserCommand.self,
                      CheckCommand.self, ImportCommand.self, ReportCommand.self, ScoreCommand.self, AuditCommand.self,
                      BackupCommand.self, RestoreCommand.self, ServiceCommand.self]
    )

    /// ArgumentParser's own entry point, with the log format chosen first (logging can be
    /// set up once per process): `serve --log-format json`, else TAIZHANG_LOG_FORMAT.
    static func main() async {
        do {
            var command = try parseAsRoot()
            let env = ProcessInfo.processInfo.environment
            let format = (command as? ServeCommand)?.logFormat ?? env["TAIZHANG_LOG_FORMAT"] ?? "text"
            LogFormat.bootstrap(LogFormat(rawValue: format) ?? .text, level: env["LOG_LEVEL"])
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            Self.exit(withError: error)
        }
    }
}
