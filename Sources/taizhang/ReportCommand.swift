import ArgumentParser
import TaizhangServer

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "从台账生成工作总结（.docx / Markdown / HTML）。Draft a unit's summary from its ledger.")

    @OptionGroup var storage: StorageOptions
    @Option(help: "Unit id, GB/T 2260 code or name (see `taizhang units`).") var unit: String
    @Option(help: "Period: a half-year, quarter or year, e.g. 2024H1.") var period: String
    @Option(help: "docx, md, html or txt.") var format = "docx"
    @Option(help: "File to write.") var output: String
    @Flag(help: "Roll up the unit's whole subtree, with ranking tables (supervisors).") var subtree = false

    func run() async throws {
        for line in try await TaizhangCLI.report(config: storage.config(), unit: unit, period: period, format: format,
                                                 output: output, subtree: subtree) {
            print(line)
        }
    }
}
