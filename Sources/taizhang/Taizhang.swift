import ArgumentParser

/// The `taizhang` command: parses arguments and calls the libraries, nothing more.
@main
struct Taizhang: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "taizhang",
        abstract: "台账 Taizhang — work ledger, reporting calendar and summaries for public-sector units.",
        subcommands: [ServeCommand.self, MigrateCommand.self, DemoCommand.self, UnitsCommand.self, UserCommand.self,
                      CheckCommand.self, ImportCommand.self, ReportCommand.self, ScoreCommand.self, AuditCommand.self,
                      ServiceCommand.self]
    )
}
